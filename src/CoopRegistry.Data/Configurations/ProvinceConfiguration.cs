namespace CoopRegistry.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> entity)
    {
        entity.HasKey(p => p.Code);
        entity.HasMaxLength(8, p => p.Code);
        entity.HasMaxLength(2, p => p.CountryCode);
        entity.HasMaxLength(64, p => p.TimeZone);
        entity.MapNames(p => p.Names);
        entity.Property(p => p.Sources).HasJsonConversion();
        entity.Ignore(p => p.ResourceName);
        entity.HasIndex(p => p.CountryCode);
    }
}
