namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Progress reports, numbered per commitment (1, 2, …) and append-only: the table refuses
/// UPDATE, DELETE and TRUNCATE by trigger (migrations ProgressReports, NoTruncateOnHistoryTables). Listed newest first by
/// (commitment_id, report_time).
/// </summary>
internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> entity)
    {
        entity.ToEntriesOf<Commitment, ProgressReport>("progress_reports", nameof(ProgressReport.CommitmentId), nameof(ProgressReport.Number));
        entity.HasVietnameseText(Commitment.NarrativeLength, r => r.Narrative);
        entity.HasMaxLength(TableConventions.ActorIdLength, r => r.ReporterAgencyId, r => r.ReporterClientId, r => r.ReporterPersonId);
        entity.HasIndex(r => new { r.CommitmentId, r.ReportTime });
    }
}
