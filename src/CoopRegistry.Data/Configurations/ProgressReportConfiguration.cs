using CoopRegistry.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        entity.ToTable("progress_reports");
        entity.HasKey(r => new { r.CommitmentId, r.Number });
        entity.HasOne<Commitment>().WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.CommitmentId).HasMaxLength(63);
        entity.Property(r => r.Narrative).HasMaxLength(Commitment.NarrativeLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.ReporterAgencyId).HasMaxLength(100);
        entity.Property(r => r.ReporterClientId).HasMaxLength(100);
        entity.HasIndex(r => new { r.CommitmentId, r.ReportTime });
        entity.Ignore(r => r.ResourceName);
    }
}
