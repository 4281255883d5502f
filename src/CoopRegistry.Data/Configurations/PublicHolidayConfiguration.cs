namespace CoopRegistry.Data.Configurations;

/// <summary>public_holidays: one row per country and day that is not an ordinary Monday–Friday working day (or is a worked weekend day).</summary>
internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> entity)
    {
        entity.ToTable("public_holidays");
        entity.HasKey(h => new { h.CountryCode, h.Date });
        entity.HasMaxLength(2, h => h.CountryCode);
        entity.HasMaxLength(20, h => h.Kind);
        entity.HasVietnameseText(200, h => h.Name);
        entity.Property(h => h.Sources).HasJsonConversion();
    }
}
