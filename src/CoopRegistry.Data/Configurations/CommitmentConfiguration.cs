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
        entity.ConfigureRecord();
        entity.Property(c => c.SourceCollection).HasMaxLength(20);
        entity.Property(c => c.SourceId).HasMaxLength(63);
        entity.Property(c => c.SourceSection).HasMaxLength(CommitmentRules.SectionLength);
        entity.Property(c => c.CommittingProvinceCode).HasMaxLength(16);
        entity.Property(c => c.CommittingAgencyId).HasMaxLength(100);
        entity.Property(c => c.CommittingEnterprise).HasMaxLength(CommitmentRules.NameLength);
        entity.Property(c => c.LeadAgencyId).HasMaxLength(100);
        entity.Property(c => c.ResponsiblePerson).HasMaxLength(CommitmentRules.NameLength);
        entity.Property(c => c.Task).VietnameseText(CommitmentRules.TaskLength);
        entity.Property(c => c.Description).HasMaxLength(CommitmentRules.TextLength);
        entity.Property(c => c.Deliverable).HasMaxLength(CommitmentRules.TextLength);
        entity.Property(c => c.Deadline).HasDeadlineConversion();
        entity.Property(c => c.ApprovingAuthorityId).HasMaxLength(100);
        entity.Property(c => c.Lifecycle).HasMaxLength(20);
        entity.Property(c => c.CompletionState).HasMaxLength(20);
        entity.Property(c => c.CompletionNote).HasMaxLength(CommitmentRules.TextLength);
        entity.Property(c => c.CompletionDecidedBy).HasMaxLength(100);
        entity.Property(c => c.CompletionDecidedByPerson).HasMaxLength(100);
        entity.Property(c => c.CompletionReturnReason).HasMaxLength(CommitmentRules.TextLength);
        entity.Property(c => c.ClosingReason).HasMaxLength(CommitmentRules.TextLength);
        entity.Property(c => c.StatutoryBasis).HasMaxLength(CommitmentRules.NameLength);
        entity.PrimitiveCollection(c => c.MissingElements).ElementType().HasConversion<string>();
        entity.Ignore(c => c.IsClosed);
        entity.HasIndex(c => c.LeadAgencyId);
        entity.HasIndex(c => c.DueDate);
        entity.HasIndex(c => c.OverdueFrom);
        entity.HasIndex(c => new { c.SourceCollection, c.SourceId });
        entity.HasGinIndexes(c => c.AgencyIds, c => c.CoordinatingAgencyIds, c => c.PartnerProvinceCodes, c => c.Tags);
    }
}
