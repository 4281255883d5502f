using CoopRegistry.Data.Audit;

namespace CoopRegistry.Data.Configurations;

/// <summary>
/// The audit chain. Rows are inserted by <see cref="AuditWriter"/> (raw SQL at commit) and read
/// through EF; images are <c>json</c>, not <c>jsonb</c>, so the text hashed is the text kept.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.ToTable("audit_entries");
        entity.HasKey(e => e.Sequence);
        entity.Property(e => e.Sequence).ValueGeneratedNever();
        entity.HasMaxLength(16, e => e.Change, e => e.Visibility);
        entity.Property(e => e.Before).HasColumnType("json");
        entity.Property(e => e.After).HasColumnType("json");
        entity.HasMaxLength(TableConventions.ActorIdLength, e => e.PersonId);
        entity.HasIndex(e => new { e.RecordName, e.Sequence });
        entity.HasIndex(e => new { e.ParentName, e.Sequence });
        entity.HasIndex(e => new { e.ClientId, e.Sequence });
        entity.HasIndex(e => new { e.AgencyId, e.Sequence });
        entity.HasIndex(e => new { e.PersonId, e.Sequence });
        entity.HasIndex(e => e.Time);
    }
}
