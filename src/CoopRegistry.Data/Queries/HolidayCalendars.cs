namespace CoopRegistry.Data.Queries;

/// <summary>A country's <see cref="WorkingCalendar"/> from the public_holidays table (seeds/holidays.json).</summary>
public sealed class HolidayCalendars(RegistryDbContext db)
{
    public async Task<WorkingCalendar> ForCountryAsync(string countryCode, CancellationToken cancellationToken)
    {
        var days = await db.Set<PublicHoliday>().AsNoTracking().Where(h => h.CountryCode == countryCode).ToListAsync(cancellationToken);
        return new WorkingCalendar(countryCode, days);
    }
}
