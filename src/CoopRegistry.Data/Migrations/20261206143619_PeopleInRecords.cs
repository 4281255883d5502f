using CoopRegistry.Data.Security;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeopleInRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reporter_person_id",
                schema: "registry",
                table: "progress_reports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "completion_decided_by_person",
                schema: "registry",
                table: "commitments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "person_id",
                schema: "registry",
                table: "audit_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by_person",
                schema: "registry",
                table: "agreement_revisions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_person_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "person_id", "sequence" });

            // The record views list their table's columns as made: remade to show the new one.
            migrationBuilder.Sql(VisibleViewsSql.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(VisibleViewsSql.DropSql);

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_person_id_sequence",
                schema: "registry",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "reporter_person_id",
                schema: "registry",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "completion_decided_by_person",
                schema: "registry",
                table: "commitments");

            migrationBuilder.DropColumn(
                name: "person_id",
                schema: "registry",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "recorded_by_person",
                schema: "registry",
                table: "agreement_revisions");

            migrationBuilder.Sql(VisibleViewsSql.CreateSql);
        }
    }
}
