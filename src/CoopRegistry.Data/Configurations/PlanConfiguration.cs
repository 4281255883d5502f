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
        entity.HasVietnameseText(PlanRules.TitleLength, p => p.Title);
        entity.HasMaxLength(PlanRules.TextLength, p => p.Summary);
        entity.HasMaxLength(TableConventions.ActorIdLength, p => p.LeadAgencyId, p => p.ApprovingAuthorityId);
        entity.HasMaxLength(PlanRules.ReferenceLength, p => p.ApprovalReference);
        entity.HasMaxLength(PlanRules.ReasonLength, p => p.ReturnReason);
        entity.HasMaxLength(20, p => p.State);
        entity.PrimitiveCollection(p => p.Fields).ElementType().HasConversion<string>();
        entity.Property(p => p.Activities).HasJsonConversion();
        entity.HasIndex(p => p.State);
        entity.HasIndex(p => p.LeadAgencyId);
        entity.HasGinIndexes(p => p.AgreementIds, p => p.DirectiveIds, p => p.AgencyIds, p => p.PartnerProvinceCodes, p => p.Fields);
    }
}
