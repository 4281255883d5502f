using System;
using System.Collections.Generic;
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

            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                INSERT INTO registry.commitment_history (commitment_id, recorded_at, home_province_code, lead_agency_id,
                    partner_province_codes, source_collection, source_id, key_task, recurring, deadline, due_date, overdue_from,
                    start_date, end_date, lifecycle, completed_date, closed_time, delete_time)
                SELECT id, update_time, home_province_code, lead_agency_id, partner_province_codes, source_collection, source_id,
                    key_task, recurring, deadline, due_date, overdue_from, start_date, end_date, lifecycle, completed_date,
                    CASE lifecycle WHEN 'Open' THEN NULL WHEN 'Done' THEN coalesce(completion_decision_time, closed_time) ELSE closed_time END,
                    delete_time
                FROM registry.commitments;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.commitment_history_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'commitment history is append-only: % refused', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER commitment_history_append_only
                    BEFORE UPDATE OR DELETE ON registry.commitment_history
                    FOR EACH ROW EXECUTE FUNCTION registry.commitment_history_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS commitment_history_append_only ON registry.commitment_history;
                DROP FUNCTION IF EXISTS registry.commitment_history_append_only();
                """);
            migrationBuilder.DropTable(
                name: "commitment_history",
                schema: "registry");
        }
    }
}
