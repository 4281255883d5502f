using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class RowSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                CREATE FUNCTION registry.row_visible(home text, party_provinces text[], party_agencies text[]) RETURNS boolean
                LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT CASE current_setting('coopregistry.scope', true)
                        WHEN 'all' THEN true
                        WHEN 'caller' THEN home = current_setting('coopregistry.province', true)
                            OR current_setting('coopregistry.province', true) = ANY (party_provinces)
                            OR current_setting('coopregistry.agency', true) = ANY (party_agencies)
                        ELSE false
                    END
                $$;
                ALTER TABLE registry.agreements ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.agreements TO coopregistry_app
                    USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));
                ALTER TABLE registry.plans ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.plans TO coopregistry_app
                    USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));
                ALTER TABLE registry.events ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.events TO coopregistry_app
                    USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));
                ALTER TABLE registry.directives ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.directives TO coopregistry_app
                    USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));
                ALTER TABLE registry.commitments ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.commitments TO coopregistry_app
                    USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));

                ALTER TABLE registry.progress_reports ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.progress_reports TO coopregistry_app
                    USING (EXISTS (SELECT FROM registry.commitments p WHERE p.id = commitment_id));
                ALTER TABLE registry.agreement_revisions ENABLE ROW LEVEL SECURITY;
                CREATE POLICY partner_visibility ON registry.agreement_revisions TO coopregistry_app
                    USING (EXISTS (SELECT FROM registry.agreements p WHERE p.id = agreement_id));

                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP POLICY IF EXISTS partner_visibility ON registry.agreements;
                ALTER TABLE registry.agreements DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.plans;
                ALTER TABLE registry.plans DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.events;
                ALTER TABLE registry.events DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.directives;
                ALTER TABLE registry.directives DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.commitments;
                ALTER TABLE registry.commitments DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.progress_reports;
                ALTER TABLE registry.progress_reports DISABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS partner_visibility ON registry.agreement_revisions;
                ALTER TABLE registry.agreement_revisions DISABLE ROW LEVEL SECURITY;

                DROP FUNCTION IF EXISTS registry.row_visible(text, text[], text[]);
                """);
        }
    }
}
