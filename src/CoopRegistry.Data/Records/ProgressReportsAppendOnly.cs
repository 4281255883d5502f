namespace CoopRegistry.Data.Records;

/// <summary>
/// Raw SQL for the progress_reports table, called from its migration: a trigger that refuses
/// UPDATE and DELETE, so a report once received is never altered or removed (auditors ask "has
/// anyone altered history").
/// </summary>
public static class ProgressReportsAppendOnly
{
    public const string CreateSql = """
        CREATE OR REPLACE FUNCTION registry.progress_reports_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'progress reports are append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER progress_reports_append_only
            BEFORE UPDATE OR DELETE ON registry.progress_reports
            FOR EACH ROW EXECUTE FUNCTION registry.progress_reports_append_only();
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS progress_reports_append_only ON registry.progress_reports;
        DROP FUNCTION IF EXISTS registry.progress_reports_append_only();
        """;
}
