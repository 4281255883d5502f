namespace CoopRegistry.Data.Security;

/// <summary>
/// Raw SQL for the registry's runtime database role, called from its migration. Migrations run
/// as the owner of the schema (DDL); the registry server and the token service connect as
/// <see cref="AppRole"/>, which may read and write the register but not change the schema, and
/// may only append to the audit chain: even with its triggers disabled, it cannot rewrite history.
/// </summary>
public static class AppRoleSql
{
    /// <summary>The login role the running processes use (./coop and the test cluster create it).</summary>
    public const string AppRole = "coopregistry_app";

    /// <summary>
    /// Creates the role where it is missing and the migrating role may (the test cluster's
    /// superuser); `./coop` creates it beforehand, since the owner role may not create roles.
    /// </summary>
    public const string EnsureRoleSql = $"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN
                CREATE ROLE {AppRole} LOGIN;
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another migration made it meanwhile
        END $$;
        """;

    /// <summary>
    /// Rights in the registry schema: data, not DDL. Tables that later migrations add get the same
    /// (default privileges of the migrating role); the audit tables are narrowed explicitly.
    /// </summary>
    public const string GrantSql = $"""
        REVOKE CREATE ON SCHEMA registry FROM PUBLIC;
        GRANT USAGE ON SCHEMA registry TO {AppRole};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA registry TO {AppRole};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA registry TO {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT USAGE, SELECT ON SEQUENCES TO {AppRole};
        REVOKE ALL ON registry.audit_entries, registry.audit_head, registry.commitment_history, registry.__ef_migrations_history FROM {AppRole};
        GRANT SELECT, INSERT ON registry.audit_entries, registry.commitment_history TO {AppRole};
        GRANT SELECT, UPDATE ON registry.audit_head TO {AppRole};
        GRANT SELECT ON registry.__ef_migrations_history TO {AppRole};
        """;

    public const string RevokeSql = $"""
        ALTER DEFAULT PRIVILEGES IN SCHEMA registry REVOKE ALL ON TABLES FROM {AppRole};
        ALTER DEFAULT PRIVILEGES IN SCHEMA registry REVOKE ALL ON SEQUENCES FROM {AppRole};
        REVOKE ALL ON ALL TABLES IN SCHEMA registry FROM {AppRole};
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA registry FROM {AppRole};
        REVOKE ALL ON SCHEMA registry FROM {AppRole};
        """;
}
