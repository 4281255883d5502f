namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Agreements: enums as text; parties, signatories, renewal and consultation as jsonb (read whole,
/// never filtered in SQL: access and the party filters use the kernel's party_province_codes and
/// party_agency_ids arrays); fields and directives as text[] with GIN indexes for filters.
/// </summary>
internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> entity)
    {
        entity.ToRecordTable("agreements");
        entity.HasVietnameseText(AgreementRules.TitleMaxLength, a => a.Title);
        entity.HasVietnameseText(AgreementRules.TextMaxLength, a => a.Summary, a => a.SigningPlace, a => a.LegalBasis);
        entity.HasMaxLength(40, a => a.Kind);
        entity.HasMaxLength(20, a => a.Level, a => a.State, a => a.Confidentiality);
        entity.Property(a => a.Parties).HasJsonConversion();
        entity.Property(a => a.Signatories).HasJsonConversion();
        entity.Property(a => a.Renewal).HasJsonValueConversion();
        entity.Property(a => a.Consultation).HasJsonValueConversion();
        entity.PrimitiveCollection(a => a.Fields).ElementType().HasConversion<string>();
        entity.HasGinIndexes(a => a.Fields, a => a.DirectiveIds);
        entity.HasMaxLength(TableConventions.IdLength, a => a.SuccessorId, a => a.OriginEventId);
        entity.HasIndex(a => a.State);
        entity.HasIndex(a => a.SigningDate);
        entity.HasIndex(a => a.Title);
    }
}
