namespace CoopRegistry.Data.Seeding;

/// <summary>Everything in seeds/, read and validated, ready to be stored.</summary>
public sealed record SeedSet(IReadOnlyList<Province> Provinces, IReadOnlyList<Agency> Agencies, IReadOnlyList<PublicHoliday> Holidays);
