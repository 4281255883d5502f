namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Plans: links and parties as text[] (GIN-indexed, for "which plans implement agreement X" and
/// the other list filters), activities as jsonb, enums as their names.
/// </summary>
internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> entity)
    {
        entity.ToRecordTable("plans");
        entity.ConfigureRecord();
        entity.Property(p => p.Title).VietnameseText(PlanRules.TitleLength);
        entity.Property(p => p.Summary).HasMaxLength(PlanRules.TextLength);
        entity.Property(p => p.LeadAgencyId).HasMaxLength(100);
        entity.Property(p => p.ApprovingAuthorityId).HasMaxLength(100);
        entity.Property(p => p.ApprovalReference).HasMaxLength(PlanRules.ReferenceLength);
        entity.Property(p => p.ReturnReason).HasMaxLength(PlanRules.ReasonLength);
        entity.Property(p => p.State).HasMaxLength(20);
        entity.PrimitiveCollection(p => p.Fields).ElementType().HasConversion<string>();
        entity.Property(p => p.Activities).HasJsonConversion();
        entity.HasIndex(p => p.State);
        entity.HasIndex(p => p.LeadAgencyId);
        entity.HasGinIndexes(p => p.AgreementIds, p => p.DirectiveIds, p => p.AgencyIds, p => p.PartnerProvinceCodes, p => p.Fields);
    }
}
