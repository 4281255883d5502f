using System;
using System.Collections.Generic;
using CoopRegistry.Data.Commitments;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommitmentHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitment_history",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    commitment_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    lead_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    partner_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    source_collection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    key_task = table.Column<bool>(type: "boolean", nullable: false),
                    recurring = table.Column<bool>(type: "boolean", nullable: false),
                    deadline = table.Column<string>(type: "jsonb", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_from = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    lifecycle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_date = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitment_history", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitment_history_commitment_id_recorded_at_id",
                schema: "registry",
                table: "commitment_history",
                columns: new[] { "commitment_id", "recorded_at", "id" });

            migrationBuilder.Sql(CommitmentHistorySql.BackfillSql);
            migrationBuilder.Sql(Records.AppendOnlyTable.CreateSql("commitment_history", "commitment history"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Records.AppendOnlyTable.DropSql("commitment_history"));
            migrationBuilder.DropTable(
                name: "commitment_history",
                schema: "registry");
        }
    }
}
