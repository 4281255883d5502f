using System.Text.Json.Nodes;
using CoopRegistry.Testing;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// Every seeded commitment as its documents assign it (seeds/README.md): the fidelity check passes on
/// the repository's seeds, and each kind of unfaithful seed it is meant to catch is caught.
/// </summary>
public class SeedFidelityTests
{
    [Fact]
    public void Every_lead_and_coordinator_is_named_in_the_cited_sections_or_its_inference_is_written_down()
    {
        var problems = SeedFidelity.Check(RepositoryPaths.Seeds);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // The notes are few and each is about a body the text names only as "the province" or not at all.
        Assert.Equal(5, SeedFidelity.ReadInferred(RepositoryPaths.Seeds).Count);
    }

    [Fact]
    public void Every_commitment_cites_a_stored_document_section_or_says_it_is_a_public_fact()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);
        var documents = SourceDocuments.Read(RepositoryPaths.Seeds, []);

        Assert.Equal(5, documents.Count);
        var withoutDocument = seeds.Commitments.Where(c => !c.Sources.Any(s => documents.ContainsKey(s.Document))).Select(c => c.Name);
        Assert.Equal(["commitments/vn30-laat-mou-gap-cap-cao-2-nam"], withoutDocument);
        Assert.All(seeds.Commitments.Single(c => c.Name == "commitments/vn30-laat-mou-gap-cap-cao-2-nam").Sources,
            s => Assert.Equal(Contracts.V1.SourceKind.PublicFact, s.Kind));
    }

    [Theory]
    [InlineData("invented coordinator", "coordinator agencies/vn30-hai-quan-khu-vuc-xiv is not named")]
    [InlineData("wrong lead", "lead agencies/vn30-so-tai-chinh is not named")]
    [InlineData("partner coordinates", "coordinator agencies/kh16-so-cong-thuong is a partner province's body")]
    [InlineData("unknown section", "cites '§9' of gialai-2025-08-29-le-thanh-economic-zone.txt")]
    [InlineData("unneeded note", "its note in inferred.json is not needed")]
    [InlineData("note without reason", "an inference needs its reason")]
    [InlineData("recurring mid-month", "startDate: a recurring duty starts on the first day")]
    [InlineData("document edited", "differs from the document as received")]
    [InlineData("section not found", "must occur exactly once")]
    public void An_unfaithful_seed_is_reported(string fault, string expected)
    {
        var folder = CopyOfSeeds();
        var commitments = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "commitments.json")))!.AsArray();
        JsonObject Commitment(string id) => commitments.Select(c => c!.AsObject()).Single(c => c["name"]!.GetValue<string>() == "commitments/" + id);
        var inferredPath = Path.Combine(folder, SourceDocuments.Folder, SeedFidelity.InferredFile);
        var inferred = JsonNode.Parse(File.ReadAllText(inferredPath))!.AsObject();
        var indexPath = Path.Combine(folder, SourceDocuments.Folder, SourceDocuments.IndexFile);
        switch (fault)
        {
            case "invented coordinator":
                // The working group with Ratanakiri: "phối hợp các cơ quan chức năng" names nobody.
                Commitment("vn30-lt25-07-nhom-cong-tac-ratanakiri")["coordinatingAgencies"] = new JsonArray("agencies/vn30-hai-quan-khu-vuc-xiv");
                break;
            case "wrong lead":
                // "Sở Tài chính phối hợp với Ban quản lý Khu Kinh tế tỉnh" is cited, but not this section.
                Commitment("vn30-lt26-08-ve-sinh-sua-chua-cua-khau")["leadAgency"] = "agencies/vn30-so-tai-chinh";
                break;
            case "partner coordinates":
                Commitment("vn30-lt26-04-ket-noi-cung-cau-3-tinh")["coordinatingAgencies"] = new JsonArray("agencies/kh16-so-cong-thuong");
                break;
            case "unknown section":
                Commitment("vn30-lt25-03-quy-hoach-tong-the-cua-khau")["sources"]![0]!["section"] = "§9";
                break;
            case "unneeded note":
                inferred["inferred"]!.AsArray().Add(Note("commitments/vn30-lt25-03-quy-hoach-tong-the-cua-khau", "agencies/vn30-ban-quan-ly-khu-kinh-te"));
                break;
            case "note without reason":
                inferred["inferred"]![0]!["reason"] = "";
                break;
            case "recurring mid-month":
                Commitment("vn30-lt26-18-bao-cao-thang-so-cong-thuong")["startDate"] = new JsonObject { ["year"] = 2026, ["month"] = 5, ["day"] = 11 };
                break;
            case "document edited":
                File.AppendAllText(Path.Combine(folder, SourceDocuments.Folder, "gialai-2026-05-11-le-thanh-enterprises.txt"), "\n- Sở Tài chính chủ trì.");
                break;
            case "section not found":
                var index = JsonNode.Parse(File.ReadAllText(indexPath))!;
                index["documents"]![0]!["sections"]![1]!["starts"] = "Không có trong văn bản";
                File.WriteAllText(indexPath, index.ToJsonString());
                break;
            default: throw new ArgumentException(fault);
        }
        File.WriteAllText(Path.Combine(folder, "commitments.json"), commitments.ToJsonString());
        File.WriteAllText(inferredPath, inferred.ToJsonString());

        var problems = SeedFidelity.Check(folder);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    private static JsonObject Note(string commitment, string agency) => new()
    {
        ["commitment"] = commitment,
        ["agency"] = agency,
        ["role"] = "lead",
        ["reason"] = "A reason long enough to pass the length rule of the notes.",
        ["reviewed"] = "test",
    };

    private static string CopyOfSeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coop-fidelity-seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepositoryPaths.Seeds, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return folder;
    }
}
