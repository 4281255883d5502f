namespace CoopRegistry.Data.Configurations;

/// <summary>
/// commitment_history: append-only snapshots of commitment facts (the deadline as the same tagged
/// jsonb as commitments.deadline), indexed for "the latest row of each commitment at or before T".
/// UPDATE, DELETE and TRUNCATE are refused by trigger (migrations CommitmentHistory, NoTruncateOnHistoryTables).
/// </summary>
internal sealed class CommitmentHistoryConfiguration : IEntityTypeConfiguration<CommitmentHistory>
{
    public void Configure(EntityTypeBuilder<CommitmentHistory> entity)
    {
        entity.ToIdentityTable("commitment_history");
        entity.Property(h => h.CommitmentId).HasMaxLength(63);
        entity.Property(h => h.HomeProvinceCode).HasMaxLength(16);
        entity.Property(h => h.LeadAgencyId).HasMaxLength(100);
        entity.Property(h => h.SourceCollection).HasMaxLength(20);
        entity.Property(h => h.SourceId).HasMaxLength(63);
        entity.Property(h => h.Deadline).HasDeadlineConversion();
        entity.Property(h => h.Lifecycle).HasMaxLength(20);
        entity.HasIndex(h => new { h.CommitmentId, h.RecordedAt, h.Id });
    }
}
