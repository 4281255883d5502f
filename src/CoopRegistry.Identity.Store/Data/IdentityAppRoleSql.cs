namespace CoopRegistry.Identity.Data;

/// <summary>
/// Raw SQL for the runtime role's rights in the identity schema, called from its migration. The same
/// role as the registry's (CoopRegistry.Data.Security.AppRoleSql, not referenced from here): the token
/// service and the registry's AdminService read and write clients, but neither changes the schema.
/// </summary>
public static class IdentityAppRoleSql
{
    public const string AppRole = "coopregistry_app";

    public const string EnsureRoleSql = $"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN
                CREATE ROLE {AppRole} LOGIN;
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END $$;
        """;

    public const string GrantSql = $"""
        GRANT USAGE ON SCHEMA identity TO {AppRole};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO {AppRole};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity TO {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT USAGE, SELECT ON SEQUENCES TO {AppRole};
        REVOKE ALL ON identity.__ef_migrations_history FROM {AppRole};
        GRANT SELECT ON identity.__ef_migrations_history TO {AppRole};
        """;

    public const string RevokeSql = $"""
        ALTER DEFAULT PRIVILEGES IN SCHEMA identity REVOKE ALL ON TABLES FROM {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA identity REVOKE ALL ON SEQUENCES FROM {AppRole};
        REVOKE ALL ON ALL TABLES IN SCHEMA identity FROM {AppRole};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA identity FROM {AppRole};
        REVOKE ALL ON SCHEMA identity FROM {AppRole};
        """;
}
