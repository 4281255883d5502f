namespace CoopRegistry.Data.Configurations;

/// <summary>public_holidays: one row per country and day that is not an ordinary Monday–Friday working day (or is a worked weekend day).</summary>
internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> entity)
    {
        entity.ToTable("public_holidays");
        entity.HasKey(h => new { h.CountryCode, h.Date });
        entity.Property(h => h.CountryCode).HasMaxLength(2);
        entity.Property(h => h.Kind).HasMaxLength(20);
        entity.Property(h => h.Name).HasMaxLength(200).UseCollation(RecordConfiguration.VietnameseCollation);
        entity.Property(h => h.Sources).HasJsonConversion();
    }
}
