namespace CoopRegistry.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> entity)
    {
        entity.HasKey(a => a.Id);
        entity.HasMaxLength(TableConventions.IdLength, a => a.Id);
        entity.HasMaxLength(2, a => a.CountryCode);
        entity.HasMaxLength(32, a => a.Kind);
        entity.HasMaxLength(300, a => a.ShortName);
        entity.MapNames(a => a.Names);
        entity.Property(a => a.Sources).HasJsonConversion();
        entity.PrimitiveCollection(a => a.ContactEmails).HasDefaultValueSql("'{}'::text[]");
        entity.PrimitiveCollection(a => a.Aliases).HasDefaultValueSql("'{}'::text[]");
        entity.Ignore(a => a.ResourceName);
        entity.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.ProvinceCode);
        entity.HasIndex(a => a.CountryCode);
    }
}
