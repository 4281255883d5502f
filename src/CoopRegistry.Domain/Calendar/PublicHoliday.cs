namespace CoopRegistry.Domain.Calendar;

/// <summary>What a listed day is for working-day counts.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday (Labour Code 2019 Art. 112).</summary>
    Holiday,
    /// <summary>A weekday off: compensation for a holiday on a weekend, or a swapped day (hoán đổi).</summary>
    DayOff,
    /// <summary>A weekend day worked to make up for a swapped day (làm bù).</summary>
    WorkingDay,
}

/// <summary>
/// One day of a country's official calendar that differs from "Monday to Friday are working days":
/// loaded from seeds/holidays.json. <see cref="Provisional"/> marks days not yet confirmed by an
/// announcement (the statutory days are listed; the government may still arrange them differently).
/// </summary>
public sealed class PublicHoliday
{
    public required string CountryCode { get; set; }
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public required string Name { get; set; }
    public bool Provisional { get; set; }
    public List<SourceReference> Sources { get; set; } = [];
}
