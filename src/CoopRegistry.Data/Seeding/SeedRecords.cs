namespace CoopRegistry.Data.Seeding;

// The shape of the files in seeds/ (snake_case JSON). Unknown members are refused and members
// without a default are required, so a misspelt or missing field fails the load.

internal sealed record ProvinceSeedFile(List<ProvinceSeed> Provinces);

internal sealed record ProvinceSeed(string Code, string Country, bool Home, NamesSeed Names, string TimeZone, List<SourceSeed>? Sources = null, string? Note = null);

internal sealed record AgencySeedFile(List<AgencySeed> Agencies);

// Aliases are other names the documents give the agency ("Ban Quản lý Khu kinh tế" for the board);
// the seeds' fidelity test reads them, the registry does not keep them.
internal sealed record AgencySeed(
    string Id, string? Province, string Country, string Kind, NamesSeed Names,
    string? ShortName = null, List<string>? Aliases = null, string? Parent = null, List<SourceSeed>? Sources = null, string? Note = null);

internal sealed record NamesSeed(string Vi, string En, string? Local = null);

internal sealed record SourceSeed(string Document, string Section, string? Kind = null);
