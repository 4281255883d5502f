namespace CoopRegistry.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> entity)
    {
        entity.ToRecordTable("directives");
        entity.HasMaxLength(40, d => d.Kind);
        entity.HasVietnameseText(DirectiveRules.NumberMax, d => d.Number);
        entity.HasMaxLength(TableConventions.IdLength, d => d.IssuerId);
        entity.HasOne<Agency>().WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
        entity.HasVietnameseText(DirectiveRules.SignerMax, d => d.Signer);
        entity.HasVietnameseText(DirectiveRules.SignerTitleMax, d => d.SignerTitle);
        entity.HasVietnameseText(DirectiveRules.SubjectMax, d => d.Subject);
        entity.HasVietnameseText(DirectiveRules.SummaryMax, d => d.Summary);
        entity.Property(d => d.Text).HasMaxLength(DirectiveRules.TextMax).HasDefaultValue("");
        // Same complete number, issuer and year in one home province: one document (ALREADY_EXISTS).
        entity.HasMaxLength(200, d => d.NumberKey);
        entity.HasIndex(d => d.NumberKey).IsUnique();
        entity.HasIndex(d => d.IssueDate);
        entity.HasIndex(d => d.Kind);
    }
}
