using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    agreement_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    directive_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    lead_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    coordinating_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    partner_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    submission_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approving_authority_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    submitted_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approval_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    activities = table.Column<string>(type: "jsonb", nullable: false),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "registry.search_key(search_document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_agency_ids",
                schema: "registry",
                table: "plan",
                column: "agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_agreement_ids",
                schema: "registry",
                table: "plan",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_create_time",
                schema: "registry",
                table: "plan",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_plan_delete_time",
                schema: "registry",
                table: "plan",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_plan_directive_ids",
                schema: "registry",
                table: "plan",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_fields",
                schema: "registry",
                table: "plan",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_home_province_code",
                schema: "registry",
                table: "plan",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_lead_agency_id",
                schema: "registry",
                table: "plan",
                column: "lead_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_partner_province_codes",
                schema: "registry",
                table: "plan",
                column: "partner_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_party_agency_ids",
                schema: "registry",
                table: "plan",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_party_province_codes",
                schema: "registry",
                table: "plan",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plan_search_key",
                schema: "registry",
                table: "plan",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_state",
                schema: "registry",
                table: "plan",
                column: "state");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan",
                schema: "registry");
        }
    }
}
