using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoticeTextAndAliases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "text",
                schema: "registry",
                table: "directives",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "aliases",
                schema: "registry",
                table: "agencies",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            // directives_visible lists the table's columns as they were when it was made (VisibleViewsSql
            // says why it exists): made again to show the text. The SQL as written with this migration.
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.directives_visible;
                CREATE VIEW registry.directives_visible AS
                    SELECT t.*, t.xmin FROM registry.directives t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.directives_visible TO coopregistry_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The view reads every column of directives: it goes first and comes back without the text.
            migrationBuilder.Sql("DROP VIEW IF EXISTS registry.directives_visible;");

            migrationBuilder.DropColumn(
                name: "text",
                schema: "registry",
                table: "directives");

            migrationBuilder.DropColumn(
                name: "aliases",
                schema: "registry",
                table: "agencies");

            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.directives_visible;
                CREATE VIEW registry.directives_visible AS
                    SELECT t.*, t.xmin FROM registry.directives t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.directives_visible TO coopregistry_app;
                """);
        }
    }
}
