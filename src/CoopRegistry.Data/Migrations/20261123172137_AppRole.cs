using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class AppRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopregistry_app') THEN
                        CREATE ROLE coopregistry_app LOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- another migration made it meanwhile
                END $$;
                """);
            migrationBuilder.Sql("""
                REVOKE CREATE ON SCHEMA registry FROM PUBLIC;
                GRANT USAGE ON SCHEMA registry TO coopregistry_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA registry TO coopregistry_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA registry TO coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT USAGE, SELECT ON SEQUENCES TO coopregistry_app;
                REVOKE ALL ON registry.audit_entries, registry.audit_head, registry.commitment_history, registry.__ef_migrations_history FROM coopregistry_app;
                GRANT SELECT, INSERT ON registry.audit_entries, registry.commitment_history TO coopregistry_app;
                GRANT SELECT, UPDATE ON registry.audit_head TO coopregistry_app;
                GRANT SELECT ON registry.__ef_migrations_history TO coopregistry_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER DEFAULT PRIVILEGES IN SCHEMA registry REVOKE ALL ON TABLES FROM coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA registry REVOKE ALL ON SEQUENCES FROM coopregistry_app;
                REVOKE ALL ON ALL TABLES IN SCHEMA registry FROM coopregistry_app;
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA registry FROM coopregistry_app;
                REVOKE ALL ON SCHEMA registry FROM coopregistry_app;
                """);
        }
    }
}
