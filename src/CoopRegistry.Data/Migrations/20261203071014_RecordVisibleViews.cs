using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordVisibleViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The records' read path: views of the visible rows (VisibleViewsSql says why).
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.agreements_visible;
                CREATE VIEW registry.agreements_visible AS
                    SELECT t.*, t.xmin FROM registry.agreements t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.agreements_visible TO coopregistry_app;
                DROP VIEW IF EXISTS registry.plans_visible;
                CREATE VIEW registry.plans_visible AS
                    SELECT t.*, t.xmin FROM registry.plans t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.plans_visible TO coopregistry_app;
                DROP VIEW IF EXISTS registry.events_visible;
                CREATE VIEW registry.events_visible AS
                    SELECT t.*, t.xmin FROM registry.events t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.events_visible TO coopregistry_app;
                DROP VIEW IF EXISTS registry.directives_visible;
                CREATE VIEW registry.directives_visible AS
                    SELECT t.*, t.xmin FROM registry.directives t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.directives_visible TO coopregistry_app;
                DROP VIEW IF EXISTS registry.commitments_visible;
                CREATE VIEW registry.commitments_visible AS
                    SELECT t.*, t.xmin FROM registry.commitments t
                    WHERE registry.row_visible(t.home_province_code, t.party_province_codes, t.party_agency_ids);
                GRANT SELECT ON registry.commitments_visible TO coopregistry_app;

                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW IF EXISTS registry.agreements_visible;
                DROP VIEW IF EXISTS registry.plans_visible;
                DROP VIEW IF EXISTS registry.events_visible;
                DROP VIEW IF EXISTS registry.directives_visible;
                DROP VIEW IF EXISTS registry.commitments_visible;

                """);
        }
    }
}
