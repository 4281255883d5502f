namespace CoopRegistry.Data.Commitments;

/// <summary>
/// Raw SQL for commitment_history, called from its migration: a trigger refusing UPDATE and
/// DELETE, so what the registry said at an instant can be shown later and cannot be rewritten.
/// </summary>
public static class CommitmentHistorySql
{
    public const string CreateSql = """
        CREATE OR REPLACE FUNCTION registry.commitment_history_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'commitment history is append-only: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER commitment_history_append_only
            BEFORE UPDATE OR DELETE ON registry.commitment_history
            FOR EACH ROW EXECUTE FUNCTION registry.commitment_history_append_only();
        """;

    /// <summary>Commitments written before the history existed get one row each, as of their last update.</summary>
    public const string BackfillSql = """
        INSERT INTO registry.commitment_history (commitment_id, recorded_at, home_province_code, lead_agency_id,
            partner_province_codes, source_collection, source_id, key_task, recurring, deadline, due_date, overdue_from,
            start_date, end_date, lifecycle, completed_date, closed_time, delete_time)
        SELECT id, update_time, home_province_code, lead_agency_id, partner_province_codes, source_collection, source_id,
            key_task, recurring, deadline, due_date, overdue_from, start_date, end_date, lifecycle, completed_date,
            CASE lifecycle WHEN 'Open' THEN NULL WHEN 'Done' THEN coalesce(completion_decision_time, closed_time) ELSE closed_time END,
            delete_time
        FROM registry.commitments;
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS commitment_history_append_only ON registry.commitment_history;
        DROP FUNCTION IF EXISTS registry.commitment_history_append_only();
        """;
}
