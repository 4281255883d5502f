namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Commitments: the filterable lists as text[] (GIN-indexed), enums as their names, the deadline
/// as tagged jsonb (<see cref="DeadlineJson"/>) beside the facts kept from it for SQL (due_date,
/// overdue_from, recurring), completion evidence as text[].
/// </summary>
internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> entity)
    {
        entity.ToRecordTable("commitments");
        entity.HasMaxLength(20, c => c.SourceCollection, c => c.Lifecycle, c => c.CompletionState);
        entity.HasMaxLength(TableConventions.IdLength, c => c.SourceId);
        entity.HasMaxLength(CommitmentRules.SectionLength, c => c.SourceSection);
        entity.HasMaxLength(16, c => c.CommittingProvinceCode);
        entity.HasMaxLength(TableConventions.ActorIdLength,
            c => c.CommittingAgencyId, c => c.LeadAgencyId, c => c.ApprovingAuthorityId, c => c.CompletionDecidedBy, c => c.CompletionDecidedByPerson);
        entity.HasMaxLength(CommitmentRules.NameLength, c => c.CommittingEnterprise, c => c.ResponsiblePerson, c => c.StatutoryBasis);
        entity.HasVietnameseText(CommitmentRules.TaskLength, c => c.Task);
        entity.HasMaxLength(CommitmentRules.TextLength,
            c => c.Description, c => c.Deliverable, c => c.CompletionNote, c => c.CompletionReturnReason, c => c.ClosingReason);
        entity.Property(c => c.Deadline).HasDeadlineConversion();
        entity.PrimitiveCollection(c => c.MissingElements).ElementType().HasConversion<string>();
        entity.Ignore(c => c.IsClosed);
        entity.HasIndex(c => c.LeadAgencyId);
        entity.HasIndex(c => c.DueDate);
        entity.HasIndex(c => c.OverdueFrom);
        entity.HasIndex(c => new { c.SourceCollection, c.SourceId });
        entity.HasGinIndexes(c => c.AgencyIds, c => c.CoordinatingAgencyIds, c => c.PartnerProvinceCodes, c => c.Tags);
    }
}
