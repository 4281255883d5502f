namespace CoopRegistry.Data.Configurations;

/// <summary>Revisions of agreements, numbered per agreement, append-only.</summary>
internal sealed class AgreementRevisionConfiguration : IEntityTypeConfiguration<AgreementRevision>
{
    public void Configure(EntityTypeBuilder<AgreementRevision> entity)
    {
        entity.ToEntriesOf<Agreement, AgreementRevision>("agreement_revisions", nameof(AgreementRevision.AgreementId), nameof(AgreementRevision.Number));
        entity.Property(r => r.Kind).HasMaxLength(20);
        entity.Property(r => r.Reason).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.Description).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.RecordedByAgency).HasMaxLength(100);
        entity.Property(r => r.RecordedByClient).HasMaxLength(100);
        entity.Property(r => r.RecordedByPerson).HasMaxLength(100);
    }
}
