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
        entity.HasMaxLength(32, e => e.Kind);
        entity.HasMaxLength(16, e => e.State, e => e.Level, e => e.PlaceProvinceCode);
        entity.HasVietnameseText(1000, e => e.Title);
        entity.HasVietnameseText(4000, e => e.Summary);
        entity.HasVietnameseText(500, e => e.Place);
        entity.HasVietnameseText(8000, e => e.OutcomeSummary);
        entity.HasMaxLength(2000, e => e.CancellationReason);
        entity.HasMaxLength(TableConventions.IdLength, e => e.OrganiserId);
        entity.Property(e => e.Delegation).HasJsonConversion();
        entity.Property(e => e.Pledges).HasJsonConversion();
        entity.PrimitiveCollection(e => e.Fields).ElementType().HasConversion<string>();
        entity.HasGinIndexes(e => e.ParticipatingProvinceCodes, e => e.ParticipatingAgencyIds, e => e.AgreementIds, e => e.DirectiveIds, e => e.Fields);
        entity.HasIndex(e => e.StartDate);
        entity.HasIndex(e => e.PlaceProvinceCode);
        entity.HasIndex(e => e.OrganiserId);
    }
}
