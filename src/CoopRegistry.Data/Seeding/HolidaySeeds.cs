namespace CoopRegistry.Data.Seeding;

// seeds/holidays.json: the official calendar days that working-day counts need (public_holidays).

internal sealed record HolidaySeedFile(List<HolidaySeed> Holidays, string? Note = null);

internal sealed record HolidaySeed(
    string Country, DateOnly Date, string Kind, string Name, bool Provisional = false, List<SourceSeed>? Sources = null, string? Note = null);

/// <summary>Turns holiday seeds into <see cref="PublicHoliday"/> rows, refusing unknown kinds, duplicates and uncited days.</summary>
internal static class HolidaySeeds
{
    public const string File = "holidays.json";

    private static readonly Dictionary<string, CalendarDayKind> Kinds = Enum.GetValues<CalendarDayKind>()
        .ToDictionary(kind => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString()));

    public static List<PublicHoliday> Convert(HolidaySeedFile file)
    {
        var seen = new HashSet<(string, DateOnly)>();
        var holidays = new List<PublicHoliday>();
        foreach (var seed in file.Holidays)
        {
            var record = $"{seed.Country} {seed.Date:yyyy-MM-dd}";
            if (!Kinds.TryGetValue(seed.Kind, out var kind))
                throw new SeedException(File, record, $"kind: '{seed.Kind}' is not one of {string.Join(", ", Kinds.Keys)}");
            if (seed.Country.Length != 2 || !seed.Country.All(char.IsAsciiLetterUpper))
                throw new SeedException(File, record, "country: must be an ISO 3166-1 alpha-2 code such as VN");
            if (!seen.Add((seed.Country, seed.Date)))
                throw new SeedException(File, record, "date: appears more than once");
            if (string.IsNullOrWhiteSpace(seed.Name))
                throw new SeedException(File, record, "name: is required");
            var weekend = seed.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (kind == CalendarDayKind.WorkingDay && !weekend)
                throw new SeedException(File, record, "kind: WORKING_DAY is for a weekend day worked in exchange; weekdays work anyway");
            if (kind == CalendarDayKind.DayOff && weekend)
                throw new SeedException(File, record, "kind: DAY_OFF is for a weekday; weekend days are off anyway");
            var sources = SeedSources.Read(seed.Sources, File, record);
            if (sources.Count == 0 || sources.Any(s => string.IsNullOrWhiteSpace(s.Document) || string.IsNullOrWhiteSpace(s.Section)))
                throw new SeedException(File, record, "sources: every day cites at least one document and section");
            holidays.Add(new PublicHoliday
            {
                CountryCode = seed.Country,
                Date = seed.Date,
                Kind = kind,
                Name = seed.Name,
                Provisional = seed.Provisional,
                Sources = sources,
            });
        }
        return holidays;
    }
}
