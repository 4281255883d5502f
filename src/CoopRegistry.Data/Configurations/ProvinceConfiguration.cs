namespace CoopRegistry.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> entity)
    {
        entity.HasKey(p => p.Code);
        entity.Property(p => p.Code).HasMaxLength(8);
        entity.Property(p => p.CountryCode).HasMaxLength(2);
        entity.Property(p => p.TimeZone).HasMaxLength(64);
        entity.MapNames(p => p.Names);
        entity.Property(p => p.Sources).HasJsonConversion();
        entity.Ignore(p => p.ResourceName);
        entity.HasIndex(p => p.CountryCode);
    }
}
