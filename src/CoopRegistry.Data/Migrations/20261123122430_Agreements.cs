using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class Agreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "confidentiality",
                schema: "registry",
                table: "agreement",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "consultation",
                schema: "registry",
                table: "agreement",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "directive_ids",
                schema: "registry",
                table: "agreement",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "effective_date",
                schema: "registry",
                table: "agreement",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "expiry_date",
                schema: "registry",
                table: "agreement",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "fields",
                schema: "registry",
                table: "agreement",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "registry",
                table: "agreement",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "legal_basis",
                schema: "registry",
                table: "agreement",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "vi-VN-x-icu");

            migrationBuilder.AddColumn<string>(
                name: "level",
                schema: "registry",
                table: "agreement",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "origin_event_id",
                schema: "registry",
                table: "agreement",
                type: "character varying(63)",
                maxLength: 63,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties",
                schema: "registry",
                table: "agreement",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "renewal",
                schema: "registry",
                table: "agreement",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision_count",
                schema: "registry",
                table: "agreement",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "signatories",
                schema: "registry",
                table: "agreement",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "signing_date",
                schema: "registry",
                table: "agreement",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signing_place",
                schema: "registry",
                table: "agreement",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "vi-VN-x-icu");

            migrationBuilder.AddColumn<string>(
                name: "state",
                schema: "registry",
                table: "agreement",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "successor_id",
                schema: "registry",
                table: "agreement",
                type: "character varying(63)",
                maxLength: 63,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                schema: "registry",
                table: "agreement",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "vi-VN-x-icu");

            migrationBuilder.CreateTable(
                name: "agreement_revisions",
                schema: "registry",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi-VN-x-icu"),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "vi-VN-x-icu"),
                    recorded_by_agency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_revisions", x => new { x.agreement_id, x.number });
                    table.ForeignKey(
                        name: "fk_agreement_revisions_agreement_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "registry",
                        principalTable: "agreement",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_holidays",
                schema: "registry",
                columns: table => new
                {
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi-VN-x-icu"),
                    provisional = table.Column<bool>(type: "boolean", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_holidays", x => new { x.country_code, x.date });
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_directive_ids",
                schema: "registry",
                table: "agreement",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_fields",
                schema: "registry",
                table: "agreement",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_signing_date",
                schema: "registry",
                table: "agreement",
                column: "signing_date");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_state",
                schema: "registry",
                table: "agreement",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_title",
                schema: "registry",
                table: "agreement",
                column: "title");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_revisions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "public_holidays",
                schema: "registry");

            migrationBuilder.DropIndex(
                name: "ix_agreement_directive_ids",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropIndex(
                name: "ix_agreement_fields",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropIndex(
                name: "ix_agreement_signing_date",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropIndex(
                name: "ix_agreement_state",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropIndex(
                name: "ix_agreement_title",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "confidentiality",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "consultation",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "directive_ids",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "effective_date",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "expiry_date",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "fields",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "legal_basis",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "level",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "origin_event_id",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "parties",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "renewal",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "revision_count",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "signatories",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "signing_date",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "signing_place",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "state",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "successor_id",
                schema: "registry",
                table: "agreement");

            migrationBuilder.DropColumn(
                name: "summary",
                schema: "registry",
                table: "agreement");
        }
    }
}
