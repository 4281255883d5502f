using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Directives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directive",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "vi-VN-x-icu"),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: true),
                    issuer_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi-VN-x-icu"),
                    signer_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi-VN-x-icu"),
                    subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi-VN-x-icu"),
                    number_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("pk_directive", x => x.id);
                    table.ForeignKey(
                        name: "fk_directive_agencies_issuer_id",
                        column: x => x.issuer_id,
                        principalSchema: "registry",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_directive_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_directive_create_time",
                schema: "registry",
                table: "directive",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_directive_delete_time",
                schema: "registry",
                table: "directive",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_directive_home_province_code",
                schema: "registry",
                table: "directive",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_directive_issue_date",
                schema: "registry",
                table: "directive",
                column: "issue_date");

            migrationBuilder.CreateIndex(
                name: "ix_directive_issuer_id",
                schema: "registry",
                table: "directive",
                column: "issuer_id");

            migrationBuilder.CreateIndex(
                name: "ix_directive_kind",
                schema: "registry",
                table: "directive",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_directive_number_key",
                schema: "registry",
                table: "directive",
                column: "number_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_directive_party_agency_ids",
                schema: "registry",
                table: "directive",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_directive_party_province_codes",
                schema: "registry",
                table: "directive",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_directive_search_key",
                schema: "registry",
                table: "directive",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directive",
                schema: "registry");
        }
    }
}
