using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "contact_emails",
                schema: "registry",
                table: "agencies",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.CreateTable(
                name: "reminders",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    commitment_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    home_province_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    milestone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    days_before = table.Column<int>(type: "integer", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    recipient = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    recipient_agency_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    copy = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    send_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    next_attempt_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_reminders_commitments_commitment_id",
                        column: x => x.commitment_id,
                        principalSchema: "registry",
                        principalTable: "commitments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_commitment_id",
                schema: "registry",
                table: "reminders",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_create_time",
                schema: "registry",
                table: "reminders",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_state_next_attempt_time",
                schema: "registry",
                table: "reminders",
                columns: new[] { "state", "next_attempt_time" });

            migrationBuilder.CreateIndex(
                name: "ix_reminders_subject_due_date_milestone_days_before_recipient",
                schema: "registry",
                table: "reminders",
                columns: new[] { "subject", "due_date", "milestone", "days_before", "recipient" },
                unique: true);

            // The registry's role records, claims and settles reminders but never deletes one (they
            // are what it sent). Its managers see their own province's, auditors every one: the
            // rule of registry.row_visible for a row whose only party is its home province.
            migrationBuilder.Sql("""
                REVOKE ALL ON registry.reminders FROM coopregistry_app;
                GRANT SELECT, INSERT, UPDATE ON registry.reminders TO coopregistry_app;
                GRANT USAGE, SELECT ON SEQUENCE registry.reminders_id_seq TO coopregistry_app;
                ALTER TABLE registry.reminders ENABLE ROW LEVEL SECURITY;
                CREATE POLICY home_province ON registry.reminders TO coopregistry_app
                    USING (registry.row_visible(home_province_code, '{}'::text[], '{}'::text[]));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP POLICY IF EXISTS home_province ON registry.reminders;");

            migrationBuilder.DropTable(
                name: "reminders",
                schema: "registry");

            migrationBuilder.DropColumn(
                name: "contact_emails",
                schema: "registry",
                table: "agencies");
        }
    }
}
