using System.Text.Json.Nodes;
using CoopRegistry.Testing;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// The record seeds (seeds/agreements.json, plans.json, events.json, directives.json) parse strictly
/// into the contract types and hang together: well-formed unique names, known provinces and agencies,
/// cross-references that resolve, sources on every record, the rules of each record (two parties,
/// one lead not among the coordinators) and dates in order. The fault tests show each check can fail.
/// </summary>
public class RecordSeedFileTests
{
    [Fact]
    public void The_repository_record_seeds_are_consistent()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);

        Assert.Empty(RecordSeeds.Check(seeds));
        Assert.NotEmpty(seeds.Agreements);
        Assert.NotEmpty(seeds.Plans);
        Assert.NotEmpty(seeds.Events);
        Assert.NotEmpty(seeds.Directives);
    }

    [Fact]
    public void The_records_the_documents_name_are_seeded()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);

        // Both home provinces keep records, and the partners of both regions appear.
        Assert.Contains(seeds.Directives, d => d.HomeProvince == "provinces/VN-09");
        Assert.Contains(seeds.Agreements, a => a.Parties.Any(p => p.Agency == "agencies/laat-chinh-quyen-tinh") && a.State == Contract.AgreementState.InForce);
        Assert.Equal(4, seeds.Agreements.Count(a => a.Parties.Any(p => p.Agency == "agencies/vn31-ubnd") && a.State == Contract.AgreementState.Expired));
        Assert.Contains(seeds.Events, e => e.Kind == Contract.EventKind.Conference && e.PlaceProvince == "provinces/KH-19");
        Assert.Contains(seeds.Plans, p => p.SubmissionDueDate is { Year: 2025, Month: 9, Day: 21 } && p.State == Contract.PlanState.Draft);
    }

    [Theory]
    [InlineData("events.json", "bad name", "events/Bad_Name")]
    [InlineData("agreements.json", "duplicate name", "appears more than once")]
    [InlineData("events.json", "unknown agency", "agencies/vn30-khong-ton-tai")]
    [InlineData("plans.json", "unknown province", "provinces/KH-99")]
    [InlineData("plans.json", "dangling record", "agreements/khong-ton-tai")]
    [InlineData("directives.json", "no sources", "sources")]
    [InlineData("agreements.json", "one party", "at least two parties")]
    [InlineData("plans.json", "lead coordinates", "the lead agency cannot also coordinate")]
    [InlineData("agreements.json", "dates reversed", "expiryDate")]
    [InlineData("events.json", "dates reversed", "endDate")]
    [InlineData("agreements.json", "unknown field", "titel")]
    [InlineData("directives.json", "unknown document", "no-such-document.txt")]
    public void A_broken_record_is_reported(string file, string fault, string expected)
    {
        var folder = CopyOfRepositorySeeds();
        var path = Path.Combine(folder, file);
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var first = records[0]!.AsObject();
        switch (fault)
        {
            case "bad name": first["name"] = "events/Bad_Name"; break;
            case "duplicate name": records[1]!["name"] = first["name"]!.GetValue<string>(); break;
            case "unknown agency": first["organiser"] = "agencies/vn30-khong-ton-tai"; break;
            case "unknown province": first["partnerProvinces"] = new JsonArray("provinces/KH-99"); break;
            case "dangling record": first["agreements"] = new JsonArray("agreements/khong-ton-tai"); break;
            case "no sources": first.Remove("sources"); break;
            case "one party": first["parties"] = new JsonArray(first["parties"]![0]!.DeepClone()); break;
            case "lead coordinates": first["coordinatingAgencies"] = new JsonArray(first["leadAgency"]!.GetValue<string>()); break;
            case "dates reversed" when file == "agreements.json":
                first["effectiveDate"] = Date(2025, 1, 1);
                first["expiryDate"] = Date(2024, 12, 31);
                break;
            case "dates reversed":
                first["startDate"] = Date(2025, 9, 3);
                first["endDate"] = Date(2025, 9, 2);
                break;
            case "unknown field": first["titel"] = "x"; break;
            case "unknown document": first["sources"] = new JsonArray(new JsonObject { ["document"] = "no-such-document.txt", ["section"] = "§1" }); break;
            default: throw new ArgumentException(fault);
        }
        File.WriteAllText(path, records.ToJsonString());

        var problems = RecordSeeds.ReadAndCheck(folder);

        Assert.Contains(problems, p => p.Contains(file, StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    private static JsonObject Date(int year, int month, int day) => new() { ["year"] = year, ["month"] = month, ["day"] = day };

    private static string CopyOfRepositorySeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coop-record-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
