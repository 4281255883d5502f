using CoopRegistry.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopRegistry.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> entity)
    {
        entity.ConfigureRecord();
        entity.Property(a => a.Title).VietnameseText(1000);
    }
}
