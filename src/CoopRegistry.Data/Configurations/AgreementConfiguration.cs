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
        entity.ConfigureRecord();
        entity.Property(a => a.Title).VietnameseText(AgreementRules.TitleMaxLength);
        entity.Property(a => a.Summary).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(a => a.SigningPlace).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(a => a.LegalBasis).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(a => a.Kind).HasMaxLength(40);
        entity.Property(a => a.Level).HasMaxLength(20);
        entity.Property(a => a.State).HasMaxLength(20);
        entity.Property(a => a.Confidentiality).HasMaxLength(20);
        entity.Property(a => a.Parties).HasJsonConversion();
        entity.Property(a => a.Signatories).HasJsonConversion();
        entity.Property(a => a.Renewal).HasJsonValueConversion();
        entity.Property(a => a.Consultation).HasJsonValueConversion();
        entity.PrimitiveCollection(a => a.Fields).ElementType().HasConversion<string>();
        entity.HasGinIndexes(a => a.Fields, a => a.DirectiveIds);
        entity.Property(a => a.SuccessorId).HasMaxLength(63);
        entity.Property(a => a.OriginEventId).HasMaxLength(63);
        entity.HasIndex(a => a.State);
        entity.HasIndex(a => a.SigningDate);
        entity.HasIndex(a => a.Title);
    }
}
