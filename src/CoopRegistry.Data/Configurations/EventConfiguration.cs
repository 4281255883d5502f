namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Table <c>events</c>. Delegation and pledges are jsonb (read with the event, not filtered on);
/// the lists a List filter looks into (participating provinces and agencies, agreements,
/// directives, fields) are text[] with GIN indexes.
/// </summary>
internal sealed class EventConfiguration : IEntityTypeConfiguration<CooperationEvent>
{
    public void Configure(EntityTypeBuilder<CooperationEvent> entity)
    {
        entity.ToRecordTable("events");
        entity.ConfigureRecord();
        entity.Property(e => e.Kind).HasMaxLength(32);
        entity.Property(e => e.State).HasMaxLength(16);
        entity.Property(e => e.Level).HasMaxLength(16);
        entity.Property(e => e.Title).VietnameseText(1000);
        entity.Property(e => e.Summary).VietnameseText(4000);
        entity.Property(e => e.Place).VietnameseText(500);
        entity.Property(e => e.OutcomeSummary).VietnameseText(8000);
        entity.Property(e => e.CancellationReason).HasMaxLength(2000);
        entity.Property(e => e.PlaceProvinceCode).HasMaxLength(16);
        entity.Property(e => e.OrganiserId).HasMaxLength(63);
        entity.Property(e => e.Delegation).HasJsonConversion();
        entity.Property(e => e.Pledges).HasJsonConversion();
        entity.PrimitiveCollection(e => e.Fields).ElementType().HasConversion<string>();
        entity.HasGinIndexes(e => e.ParticipatingProvinceCodes, e => e.ParticipatingAgencyIds, e => e.AgreementIds, e => e.DirectiveIds, e => e.Fields);
        entity.HasIndex(e => e.StartDate);
        entity.HasIndex(e => e.PlaceProvinceCode);
        entity.HasIndex(e => e.OrganiserId);
    }
}
