using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_reports",
                schema: "registry",
                columns: table => new
                {
                    commitment_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    narrative = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi-VN-x-icu"),
                    percent_complete = table.Column<int>(type: "integer", nullable: false),
                    evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    reporter_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reporter_client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    report_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_reports", x => new { x.commitment_id, x.number });
                    table.ForeignKey(
                        name: "fk_progress_reports_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalSchema: "registry",
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_commitment_id_report_time",
                schema: "registry",
                table: "progress_reports",
                columns: new[] { "commitment_id", "report_time" });

            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.progress_reports_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'progress reports are append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER progress_reports_append_only
                    BEFORE UPDATE OR DELETE ON registry.progress_reports
                    FOR EACH ROW EXECUTE FUNCTION registry.progress_reports_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS progress_reports_append_only ON registry.progress_reports;
                DROP FUNCTION IF EXISTS registry.progress_reports_append_only();
                """);

            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "registry");
        }
    }
}
