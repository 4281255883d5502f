namespace CoopRegistry.Data.Records;

/// <summary>
/// A trigger that refuses UPDATE, DELETE and TRUNCATE on a table, for any role the trigger binds
/// (every role but one that can disable triggers, i.e. the table's owner or a superuser):
/// what was recorded stays as recorded. Called from migrations.
/// </summary>
public static class AppendOnlyTable
{
    public static string CreateSql(string table, string what) => $"""
        CREATE OR REPLACE FUNCTION registry.{table}_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{what} is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER {table}_append_only
            BEFORE UPDATE OR DELETE ON registry.{table}
            FOR EACH ROW EXECUTE FUNCTION registry.{table}_append_only();
        CREATE TRIGGER {table}_no_truncate
            BEFORE TRUNCATE ON registry.{table}
            FOR EACH STATEMENT EXECUTE FUNCTION registry.{table}_append_only();
        """;

    public static string DropSql(string table) => $"""
        DROP TRIGGER IF EXISTS {table}_no_truncate ON registry.{table};
        DROP TRIGGER IF EXISTS {table}_append_only ON registry.{table};
        DROP FUNCTION IF EXISTS registry.{table}_append_only();
        """;
}
