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
        entity.HasMaxLength(TableConventions.IdLength, h => h.CommitmentId, h => h.SourceId);
        entity.HasMaxLength(16, h => h.HomeProvinceCode);
        entity.HasMaxLength(TableConventions.ActorIdLength, h => h.LeadAgencyId);
        entity.HasMaxLength(20, h => h.SourceCollection, h => h.Lifecycle);
        entity.Property(h => h.Deadline).HasDeadlineConversion();
        entity.HasIndex(h => new { h.CommitmentId, h.RecordedAt, h.Id });
    }
}
