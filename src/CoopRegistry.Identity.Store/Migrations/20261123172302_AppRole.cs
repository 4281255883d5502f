using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Identity.Migrations
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
                    NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                GRANT USAGE ON SCHEMA identity TO coopregistry_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO coopregistry_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity TO coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT USAGE, SELECT ON SEQUENCES TO coopregistry_app;
                REVOKE ALL ON identity.__ef_migrations_history FROM coopregistry_app;
                GRANT SELECT ON identity.__ef_migrations_history TO coopregistry_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity REVOKE ALL ON TABLES FROM coopregistry_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA identity REVOKE ALL ON SEQUENCES FROM coopregistry_app;
                REVOKE ALL ON ALL TABLES IN SCHEMA identity FROM coopregistry_app;
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA identity FROM coopregistry_app;
                REVOKE ALL ON SCHEMA identity FROM coopregistry_app;
                """);
        }
    }
}
