using CoopRegistry.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopRegistry.Data.Configurations;

/// <summary>Revisions of agreements, numbered per agreement, append-only.</summary>
internal sealed class AgreementRevisionConfiguration : IEntityTypeConfiguration<AgreementRevision>
{
    public void Configure(EntityTypeBuilder<AgreementRevision> entity)
    {
        entity.ToTable("agreement_revisions");
        entity.HasKey(r => new { r.AgreementId, r.Number });
        entity.HasOne<Agreement>().WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.AgreementId).HasMaxLength(63);
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        entity.Property(r => r.Reason).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.Description).HasMaxLength(AgreementRules.TextMaxLength).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(r => r.RecordedByAgency).HasMaxLength(100);
        entity.Property(r => r.RecordedByClient).HasMaxLength(100);
        entity.Property(r => r.RecordedByPerson).HasMaxLength(100);
        entity.Ignore(r => r.ResourceName);
    }
}
