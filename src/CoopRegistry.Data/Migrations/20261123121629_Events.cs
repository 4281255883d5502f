using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi-VN-x-icu"),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    dates_tentative = table.Column<bool>(type: "boolean", nullable: false),
                    place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi-VN-x-icu"),
                    place_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    organiser_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    delegation = table.Column<string>(type: "jsonb", nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    participating_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    participating_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    participating_enterprises = table.Column<List<string>>(type: "text[]", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    agreement_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    pledges = table.Column<string>(type: "jsonb", nullable: false),
                    outcome_summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi-VN-x-icu"),
                    directive_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
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
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_agreement_ids",
                schema: "registry",
                table: "events",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_create_time",
                schema: "registry",
                table: "events",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_events_delete_time",
                schema: "registry",
                table: "events",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_events_directive_ids",
                schema: "registry",
                table: "events",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_fields",
                schema: "registry",
                table: "events",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_home_province_code",
                schema: "registry",
                table: "events",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_events_organiser_id",
                schema: "registry",
                table: "events",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_participating_agency_ids",
                schema: "registry",
                table: "events",
                column: "participating_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_participating_province_codes",
                schema: "registry",
                table: "events",
                column: "participating_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_party_agency_ids",
                schema: "registry",
                table: "events",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_party_province_codes",
                schema: "registry",
                table: "events",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_place_province_code",
                schema: "registry",
                table: "events",
                column: "place_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_events_search_key",
                schema: "registry",
                table: "events",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_events_start_date",
                schema: "registry",
                table: "events",
                column: "start_date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events",
                schema: "registry");
        }
    }
}
