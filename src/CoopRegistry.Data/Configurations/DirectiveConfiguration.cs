namespace CoopRegistry.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> entity)
    {
        entity.ToRecordTable("directives");
        entity.ConfigureRecord();
        entity.Property(d => d.Kind).HasMaxLength(40);
        entity.Property(d => d.Number).VietnameseText(DirectiveRules.NumberMax);
        entity.Property(d => d.IssuerId).HasMaxLength(63);
        entity.HasOne<Agency>().WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(d => d.Signer).VietnameseText(DirectiveRules.SignerMax);
        entity.Property(d => d.SignerTitle).VietnameseText(DirectiveRules.SignerTitleMax);
        entity.Property(d => d.Subject).VietnameseText(DirectiveRules.SubjectMax);
        entity.Property(d => d.Summary).VietnameseText(DirectiveRules.SummaryMax);
        entity.Property(d => d.Text).HasMaxLength(DirectiveRules.TextMax).HasDefaultValue("");
        // Same complete number, issuer and year in one home province: one document (ALREADY_EXISTS).
        entity.Property(d => d.NumberKey).HasMaxLength(200);
        entity.HasIndex(d => d.NumberKey).IsUnique();
        entity.HasIndex(d => d.IssueDate);
        entity.HasIndex(d => d.Kind);
    }
}
