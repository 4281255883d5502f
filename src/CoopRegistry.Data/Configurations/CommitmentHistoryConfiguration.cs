using CoopRegistry.Data.Commitments;
using CoopRegistry.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        entity.ToTable("commitment_history");
        entity.HasKey(h => h.Id);
        entity.Property(h => h.Id).UseIdentityAlwaysColumn();
        entity.Property(h => h.CommitmentId).HasMaxLength(63);
        entity.Property(h => h.HomeProvinceCode).HasMaxLength(16);
        entity.Property(h => h.LeadAgencyId).HasMaxLength(100);
        entity.Property(h => h.SourceCollection).HasMaxLength(20);
        entity.Property(h => h.SourceId).HasMaxLength(63);
        entity.Property(h => h.Deadline)
            .HasColumnType("jsonb")
            .HasConversion(
                deadline => deadline == null ? null : DeadlineJson.Serialize(deadline),
                json => json == null ? null : DeadlineJson.Deserialize(json),
                new ValueComparer<Deadline?>((a, b) => Equals(a, b), d => d == null ? 0 : d.GetHashCode(), d => d));
        entity.Property(h => h.Lifecycle).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(h => new { h.CommitmentId, h.RecordedAt, h.Id });
    }
}
