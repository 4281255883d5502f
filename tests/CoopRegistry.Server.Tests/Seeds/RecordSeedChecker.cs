using static CoopRegistry.Server.Tests.Seeds.RecordSeeds;
using Contract = CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// The checks of the record seeds (<see cref="RecordSeeds.Check"/>): each problem a line "file: name: field:
/// what is wrong". This part holds the names and the checks every record shares.
/// </summary>
internal sealed partial class RecordSeedChecker(Dictionary<string, bool> provinces, HashSet<string> agencies)
{
    private readonly HashSet<string> records = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public void Names(string file, IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var collection = Path.GetFileNameWithoutExtension(file);
        foreach (var name in names)
        {
            if (!RecordName().IsMatch(name) || !name.StartsWith(collection + "/", StringComparison.Ordinal) || name.EndsWith('-'))
                Problems.Add($"{file}: {name}: name: must be '{collection}/' and an id of 3-63 lower-case letters, digits and hyphens starting with a letter");
            if (!seen.Add(name))
                Problems.Add($"{file}: {name}: name: appears more than once");
            records.Add(name);
        }
    }

    private static string Where(string file, string name) => $"{file}: {name}";

    private void Common(string at, string homeProvince, IReadOnlyCollection<Contract.SourceReference> sources)
    {
        if (!provinces.TryGetValue(homeProvince, out var home))
            Problems.Add($"{at}: homeProvince: '{homeProvince}' is not in provinces.json");
        else if (!home)
            Problems.Add($"{at}: homeProvince: '{homeProvince}' is not a home province");
        if (sources.Count == 0)
            Problems.Add($"{at}: sources: every record cites at least one document and section");
        foreach (var source in sources)
        {
            var rule = source.Kind == Contract.SourceKind.Rule;
            if (!rule && !Documents.Contains(source.Document))
                Problems.Add($"{at}: sources: '{source.Document}' is not a source document or DOMAIN.md (a law or decree cites itself with kind SOURCE_KIND_RULE)");
            else if (!rule && (source.Document == DomainFacts) != (source.Kind == Contract.SourceKind.PublicFact))
                Problems.Add($"{at}: sources: '{source.Document}': DOMAIN.md, and only DOMAIN.md, is cited as a public fact (SOURCE_KIND_PUBLIC_FACT)");
            if (string.IsNullOrWhiteSpace(source.Section))
                Problems.Add($"{at}: sources: '{source.Document}' is cited without a section");
        }
    }

    private void Required(string at, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            Problems.Add($"{at}: {field}: is required");
    }

    private void Specified(string at, string field, bool unspecified)
    {
        if (unspecified)
            Problems.Add($"{at}: {field}: is required");
    }

    private void Province(string at, string field, string name)
    {
        if (!provinces.ContainsKey(name))
            Problems.Add($"{at}: {field}: '{name}' is not in provinces.json");
    }

    private void Provinces(string at, string field, IEnumerable<string> names)
    {
        foreach (var name in names)
            Province(at, field, name);
    }

    private void Agency(string at, string field, string name)
    {
        if (!agencies.Contains(name))
            Problems.Add($"{at}: {field}: '{name}' is not in agencies.json");
    }

    private void Agencies(string at, string field, IEnumerable<string> names)
    {
        foreach (var name in names)
            Agency(at, field, name);
    }

    private void Record(string at, string field, string name, string collection, bool optional = false)
    {
        if (optional && name.Length == 0)
            return;
        if (!name.StartsWith(collection, StringComparison.Ordinal) || !records.Contains(name))
            Problems.Add($"{at}: {field}: '{name}' is not a record in the seed files{(collection.Length > 0 ? $" ({collection}…)" : "")}");
    }

    private void Records(string at, string field, IEnumerable<string> names, string collection)
    {
        foreach (var name in names)
            Record(at, field, name, collection);
    }

    private DateOnly? Date(string at, string field, Date? date)
    {
        if (date is null)
            return null;
        if (date.Year is < 1900 or > 2200 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > DateTime.DaysInMonth(date.Year, date.Month))
        {
            Problems.Add($"{at}: {field}: {date.Year:D4}-{date.Month:D2}-{date.Day:D2} is not a calendar date");
            return null;
        }
        return new DateOnly(date.Year, date.Month, date.Day);
    }

    private void Order(string at, string field, DateOnly? start, DateOnly? end)
    {
        if (start is not null && end is not null && end < start)
            Problems.Add($"{at}: {field}: {end} is before the start {start}");
    }
}
