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
        entity.Property(r => r.Narrative).HasMaxLength(Commitment.NarrativeLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.ReporterAgencyId).HasMaxLength(100);
        entity.Property(r => r.ReporterClientId).HasMaxLength(100);
        entity.Property(r => r.ReporterPersonId).HasMaxLength(100);
        entity.HasIndex(r => new { r.CommitmentId, r.ReportTime });
    }
}
