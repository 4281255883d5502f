using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgreementSkeleton : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreement",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
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
                    table.PrimaryKey("pk_agreement", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_create_time",
                schema: "registry",
                table: "agreement",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_delete_time",
                schema: "registry",
                table: "agreement",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_home_province_code",
                schema: "registry",
                table: "agreement",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_party_agency_ids",
                schema: "registry",
                table: "agreement",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_party_province_codes",
                schema: "registry",
                table: "agreement",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_search_key",
                schema: "registry",
                table: "agreement",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement",
                schema: "registry");
        }
    }
}
