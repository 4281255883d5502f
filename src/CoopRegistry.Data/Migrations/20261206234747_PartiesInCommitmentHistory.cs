using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartiesInCommitmentHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "party_agency_ids",
                schema: "registry",
                table: "commitment_history",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "party_province_codes",
                schema: "registry",
                table: "commitment_history",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            // Rows written before it get the commitment's parties of today, the best known (the
            // as-of rule they were read by until now); the append-only trigger stands aside for it.
            migrationBuilder.Sql("""
                ALTER TABLE registry.commitment_history DISABLE TRIGGER commitment_history_append_only;
                UPDATE registry.commitment_history h
                SET party_province_codes = c.party_province_codes, party_agency_ids = c.party_agency_ids
                FROM registry.commitments c
                WHERE c.id = h.commitment_id;
                ALTER TABLE registry.commitment_history ENABLE TRIGGER commitment_history_append_only;
                ALTER TABLE registry.commitment_history
                    ALTER COLUMN party_agency_ids DROP DEFAULT,
                    ALTER COLUMN party_province_codes DROP DEFAULT;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "party_agency_ids",
                schema: "registry",
                table: "commitment_history");

            migrationBuilder.DropColumn(
                name: "party_province_codes",
                schema: "registry",
                table: "commitment_history");
        }
    }
}
