namespace CoopRegistry.Data.Configurations;

/// <summary>Revisions of agreements, numbered per agreement, append-only.</summary>
internal sealed class AgreementRevisionConfiguration : IEntityTypeConfiguration<AgreementRevision>
{
    public void Configure(EntityTypeBuilder<AgreementRevision> entity)
    {
        entity.ToEntriesOf<Agreement, AgreementRevision>("agreement_revisions", nameof(AgreementRevision.AgreementId), nameof(AgreementRevision.Number));
        entity.HasMaxLength(20, r => r.Kind);
        entity.HasVietnameseText(AgreementRules.TextMaxLength, r => r.Reason, r => r.Description);
        entity.HasMaxLength(TableConventions.ActorIdLength, r => r.RecordedByAgency, r => r.RecordedByClient, r => r.RecordedByPerson);
    }
}
