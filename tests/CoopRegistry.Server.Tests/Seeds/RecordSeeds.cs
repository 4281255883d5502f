using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopRegistry.Data.Seeding;
using Google.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>The record seed files, parsed strictly into the contract types.</summary>
public sealed record RecordSeedSet(
    string Folder,
    IReadOnlyList<Contract.Agreement> Agreements,
    IReadOnlyList<Contract.Plan> Plans,
    IReadOnlyList<Contract.Event> Events,
    IReadOnlyList<Contract.Directive> Directives,
    IReadOnlyList<Contract.Commitment> Commitments,
    IReadOnlyList<string> ParseProblems);

/// <summary>
/// Reads and checks the record seeds. Every problem is a line "file: name: field: what is wrong", so a
/// failing test lists all of them at once.
/// </summary>
public static partial class RecordSeeds
{
    public const string AgreementsFile = "agreements.json";
    public const string PlansFile = "plans.json";
    public const string EventsFile = "events.json";
    public const string DirectivesFile = "directives.json";
    public const string CommitmentsFile = "commitments.json";

    /// <summary>The basis of the follow-up the registry adds for an agreement signed in a People's Committee's name.</summary>
    public const string StatutoryBasis = "Luật 70/2020/QH14, Điều 19";

    /// <summary>Who receives the Art. 19 report.</summary>
    public const string PrimeMinister = "agencies/vn-thu-tuong-chinh-phu";

    /// <summary>The documents a source may cite: the five source documents and DOMAIN.md (its public facts); a rule cites itself.</summary>
    public static readonly IReadOnlySet<string> Documents = new HashSet<string>(StringComparer.Ordinal)
    {
        "gialai-2025-08-29-le-thanh-economic-zone.txt",
        "gialai-2025-09-12-foreign-affairs-resolution-59-ocr.txt",
        "gialai-2026-02-economic-diplomacy-directive.txt",
        "gialai-2026-05-11-le-thanh-enterprises.txt",
        "langson-2026-05-05-dong-dang-border-zone.txt",
        "DOMAIN.md",
    };

    /// <summary>The brief's public facts (DOMAIN.md): cited with kind SOURCE_KIND_PUBLIC_FACT.</summary>
    public const string DomainFacts = "DOMAIN.md";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    [GeneratedRegex("^(agreements|plans|events|directives|commitments)/[a-z][a-z0-9-]{2,62}$")]
    internal static partial Regex RecordName();

    public static RecordSeedSet Read(string folder)
    {
        var problems = new List<string>();
        return new RecordSeedSet(
            folder,
            Parse<Contract.Agreement>(folder, AgreementsFile, problems),
            Parse<Contract.Plan>(folder, PlansFile, problems),
            Parse<Contract.Event>(folder, EventsFile, problems),
            Parse<Contract.Directive>(folder, DirectivesFile, problems),
            Parse<Contract.Commitment>(folder, CommitmentsFile, problems),
            problems);
    }

    public static IReadOnlyList<string> ReadAndCheck(string folder) => Check(Read(folder));

    public static IReadOnlyList<string> Check(RecordSeedSet seeds)
    {
        var directory = SeedReader.Read(seeds.Folder);
        var check = new RecordSeedChecker(
            directory.Provinces.ToDictionary(p => "provinces/" + p.Code, p => p.IsHome),
            directory.Agencies.Select(a => "agencies/" + a.Id).ToHashSet(StringComparer.Ordinal));
        check.Problems.AddRange(seeds.ParseProblems);

        foreach (var (file, names) in new[]
        {
            (AgreementsFile, seeds.Agreements.Select(r => r.Name)),
            (PlansFile, seeds.Plans.Select(r => r.Name)),
            (EventsFile, seeds.Events.Select(r => r.Name)),
            (DirectivesFile, seeds.Directives.Select(r => r.Name)),
            (CommitmentsFile, seeds.Commitments.Select(r => r.Name)),
        })
            check.Names(file, names);

        foreach (var a in seeds.Agreements)
            check.Agreement(a);
        foreach (var p in seeds.Plans)
            check.Plan(p);
        foreach (var e in seeds.Events)
            check.Event(e);
        foreach (var d in seeds.Directives)
            check.Directive(d);

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, home) in seeds.Agreements.Select(r => (r.Name, r.HomeProvince))
            .Concat(seeds.Plans.Select(r => (r.Name, r.HomeProvince)))
            .Concat(seeds.Events.Select(r => (r.Name, r.HomeProvince)))
            .Concat(seeds.Directives.Select(r => (r.Name, r.HomeProvince))))
            sources.TryAdd(name, home);
        var directiveDates = seeds.Directives.GroupBy(d => d.Name).ToDictionary(
            g => g.Key, g => g.First().IssueDate is { Year: > 0 } d ? new DateOnly(d.Year, d.Month, d.Day) : (DateOnly?)null);
        foreach (var c in seeds.Commitments)
            check.Commitment(c, sources, directiveDates);
        foreach (var a in seeds.Agreements)
            check.StatutoryFollowUp(a, seeds.Commitments);
        return check.Problems;
    }

    private static List<T> Parse<T>(string folder, string file, List<string> problems) where T : IMessage, new()
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            problems.Add($"{file}: file not found");
            return [];
        }
        var text = File.ReadAllText(path);
        if (!text.IsNormalized(NormalizationForm.FormC))
            problems.Add($"{file}: text is not Unicode NFC-normalised");
        var records = new List<T>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add($"{file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
            return records;
        }
        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{file}: must be a JSON array of {typeof(T).Name} resources");
            return records;
        }
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            try
            {
                records.Add(Parser.Parse<T>(element.GetRawText()));
            }
            catch (InvalidProtocolBufferException e)
            {
                problems.Add($"{file}: record #{index}: not a valid {typeof(T).Name}: {e.Message}");
            }
            catch (InvalidJsonException e)
            {
                problems.Add($"{file}: record #{index}: not a valid {typeof(T).Name}: {e.Message}");
            }
        }
        return records;
    }
}
