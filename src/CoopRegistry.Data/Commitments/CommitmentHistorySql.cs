namespace CoopRegistry.Data.Commitments;

/// <summary>
/// Raw SQL for commitment_history, called from its migration (which also makes the table
/// append-only with <see cref="Records.AppendOnlyTable"/>): what the registry said at an instant
/// can be shown later and cannot be rewritten.
/// </summary>
public static class CommitmentHistorySql
{
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
}
