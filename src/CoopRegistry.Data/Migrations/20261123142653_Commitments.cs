using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Commitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitments",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    source_collection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    source_section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    committing_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    committing_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    committing_enterprise = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    lead_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    coordinating_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    responsible_person = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    task = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi-VN-x-icu"),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    deliverable = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    deadline = table.Column<string>(type: "jsonb", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_from = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    recurring = table.Column<bool>(type: "boolean", nullable: false),
                    approving_authority_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    key_task = table.Column<bool>(type: "boolean", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    partner_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    lifecycle = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    percent_complete = table.Column<int>(type: "integer", nullable: false),
                    last_report_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    report_count = table.Column<int>(type: "integer", nullable: false),
                    completion_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_date = table.Column<DateOnly>(type: "date", nullable: true),
                    completion_request_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completion_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    completion_evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    completion_decision_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    completion_decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    completion_return_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closing_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closed_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    statutory_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    missing_elements = table.Column<string[]>(type: "text[]", nullable: false),
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
                    table.PrimaryKey("pk_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitments_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_agency_ids",
                schema: "registry",
                table: "commitments",
                column: "agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_coordinating_agency_ids",
                schema: "registry",
                table: "commitments",
                column: "coordinating_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_create_time",
                schema: "registry",
                table: "commitments",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_delete_time",
                schema: "registry",
                table: "commitments",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_due_date",
                schema: "registry",
                table: "commitments",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_home_province_code",
                schema: "registry",
                table: "commitments",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_lead_agency_id",
                schema: "registry",
                table: "commitments",
                column: "lead_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_overdue_from",
                schema: "registry",
                table: "commitments",
                column: "overdue_from");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_partner_province_codes",
                schema: "registry",
                table: "commitments",
                column: "partner_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_party_agency_ids",
                schema: "registry",
                table: "commitments",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_party_province_codes",
                schema: "registry",
                table: "commitments",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_search_key",
                schema: "registry",
                table: "commitments",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_source_collection_source_id",
                schema: "registry",
                table: "commitments",
                columns: new[] { "source_collection", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_commitments_tags",
                schema: "registry",
                table: "commitments",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitments",
                schema: "registry");
        }
    }
}
