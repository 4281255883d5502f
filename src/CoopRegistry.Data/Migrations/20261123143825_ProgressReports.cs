using System;
using System.Collections.Generic;
using CoopRegistry.Data.Records;
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

            migrationBuilder.Sql(AppendOnlyTable.CreateSql("progress_reports", "a progress report"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AppendOnlyTable.DropSql("progress_reports"));

            migrationBuilder.DropTable(
                name: "progress_reports",
                schema: "registry");
        }
    }
}
