using System;
using System.Collections.Generic;
using CoopRegistry.Data.Audit;
using CoopRegistry.Data.Records;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "registry",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    client_id = table.Column<string>(type: "text", nullable: false),
                    agency_id = table.Column<string>(type: "text", nullable: true),
                    method = table.Column<string>(type: "text", nullable: false),
                    record_name = table.Column<string>(type: "text", nullable: false),
                    parent_name = table.Column<string>(type: "text", nullable: true),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    before = table.Column<string>(type: "json", nullable: true),
                    after = table.Column<string>(type: "json", nullable: true),
                    request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    home_province_code = table.Column<string>(type: "text", nullable: true),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_agency_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "agency_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_client_id_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "client_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_parent_name_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "parent_name", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_record_name_sequence",
                schema: "registry",
                table: "audit_entries",
                columns: new[] { "record_name", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_time",
                schema: "registry",
                table: "audit_entries",
                column: "time");

            migrationBuilder.Sql(AuditSql.CreateHeadSql);
            migrationBuilder.Sql(AppendOnlyTable.CreateSql("audit_entries", "the audit log"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSql.DropHeadSql);
            migrationBuilder.Sql(AppendOnlyTable.DropSql("audit_entries"));
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "registry");
        }
    }
}
