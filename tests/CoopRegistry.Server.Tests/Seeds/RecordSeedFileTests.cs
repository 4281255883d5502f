using System.Text.Json.Nodes;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Testing;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>
/// The record seeds (seeds/agreements.json, plans.json, events.json, directives.json, commitments.json) parse strictly
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
        Assert.NotEmpty(seeds.Commitments);
    }

    [Fact]
    public void Every_seeded_deadline_phrase_parses()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);
        var failures = new List<string>();
        var phrases = 0;
        foreach (var commitment in seeds.Commitments.Where(c => c.Deadline is { Text.Length: > 0 }))
        {
            phrases++;
            try
            {
                DeadlineParser.Parse(commitment.Deadline.Text);
            }
            catch (InvalidArgumentException e)
            {
                failures.Add($"{commitment.Name}: \"{commitment.Deadline.Text}\": {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(phrases >= 20, $"only {phrases} deadline phrases in commitments.json");
    }

    [Fact]
    public void The_workload_of_the_documents_is_seeded()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);
        var commitments = seeds.Commitments;
        int Count(string document) => commitments.Count(c => c.Sources[0].Document == document);

        // Every task of the five documents, one focal point each; co-assignees each have their own (seeds/README.md, reading rules).
        Assert.Equal(17, Count("gialai-2025-08-29-le-thanh-economic-zone.txt"));
        Assert.Equal(29, Count("gialai-2025-09-12-foreign-affairs-resolution-59-ocr.txt"));
        Assert.Equal(25, Count("gialai-2026-02-economic-diplomacy-directive.txt"));
        Assert.Equal(22, Count("gialai-2026-05-11-le-thanh-enterprises.txt"));
        Assert.Equal(21, Count("langson-2026-05-05-dong-dang-border-zone.txt"));

        // The four monthly reports before the 20th (Gia Lai, 11/5/2026), one per agency, from June 2026, the first full month after the session.
        var before20 = commitments.Where(c => c.Deadline?.Text == "trước ngày 20 hằng tháng").ToList();
        Assert.Equal(
            ["agencies/vn30-ban-quan-ly-khu-kinh-te", "agencies/vn30-so-cong-thuong", "agencies/vn30-so-ngoai-vu", "agencies/vn30-so-tai-chinh"],
            before20.Select(c => c.LeadAgency).Order(StringComparer.Ordinal));
        Assert.All(before20, c => Assert.Equal(new Google.Type.Date { Year = 2026, Month = 6, Day = 1 }, c.StartDate));
        // Lạng Sơn's board reports before the 25th to the Chairman.
        Assert.Contains(commitments, c => c.HomeProvince == "provinces/VN-09" && c.Deadline?.Text == "trước ngày 25 hằng tháng"
            && c.LeadAgency == "agencies/vn09-ban-quan-ly-khu-ktck-dong-dang" && c.ApprovingAuthority == "agencies/vn09-ubnd");
        // Eight monthly obligations and one yearly, each from the first full period after its notice.
        var recurring = commitments.Where(c => c.Deadline is { Text.Length: > 0 } && DeadlineParser.Parse(c.Deadline.Text) is Deadline.Recurring).ToList();
        Assert.Equal(9, recurring.Count);
        Assert.Single(recurring, c => DeadlineParser.Parse(c.Deadline.Text) is Deadline.Annual);
        Assert.Contains(recurring, c => c.Deadline.Text == "Hàng tháng" && c.StartDate.Equals(new Google.Type.Date { Year = 2025, Month = 9, Day = 1 }));
        Assert.Contains(recurring, c => c.Deadline.Text == "hang nim" && c.StartDate.Equals(new Google.Type.Date { Year = 2026, Month = 1, Day = 1 }));
        Assert.All(commitments, c => Assert.NotNull(c.StartDate));
        // The duty that lasts until the digital border gate is built.
        Assert.Single(commitments, c => c.Deadline is { Text.Length: > 0 } && DeadlineParser.Parse(c.Deadline.Text) is Deadline.Until);
        // Key tasks: all of the economic-diplomacy letter's tasks but its reports, and Lạng Sơn's §II.1–II.2.
        Assert.Equal(23, commitments.Count(c => c.KeyTask && c.Sources[0].Document == "gialai-2026-02-economic-diplomacy-directive.txt"));
        Assert.Equal(15, commitments.Count(c => c.KeyTask && c.HomeProvince == "provinces/VN-09"));
        // The head named as answerable.
        Assert.Contains(commitments, c => c.ResponsiblePerson == "Giám đốc Sở Khoa học và Công nghệ" && c.Deadline?.Text == "chậm nhất ngày 30/6/2026");
        // Commitments between parties: both sides at the border gate, the partner's among them.
        Assert.Contains(commitments, c => c.CommittingParty?.Province == "provinces/KH-16" && c.Source.Record.StartsWith("agreements/", StringComparison.Ordinal));
        // The OCR phrases are kept as scanned.
        Assert.Contains(commitments, c => c.Deadline?.Text == "cha4m nhét ngay 21/9/2025");
        Assert.Contains(commitments, c => c.Deadline?.Text == "Pinh ky hiang thiang");
        // No seeded People's Committee agreement has a known signing date, so no statutory follow-up yet.
        Assert.DoesNotContain(commitments, c => c.StatutoryBasis.Length > 0);
    }

    [Fact]
    public void The_records_the_documents_name_are_seeded()
    {
        var seeds = RecordSeeds.Read(RepositoryPaths.Seeds);

        // What a re-reading found missing: the inter-agency meeting on the plan (12/9/2025, §3.a), the regulation
        // on the digital border-gate platform that Lạng Sơn's task amends, the border communes that share a task.
        Assert.Contains(seeds.Events, e => e.Name == "events/vn30-hop-lien-nganh-ke-hoach-hop-tac-2025-09" && e.Organiser == "agencies/vn30-ubnd");
        Assert.Contains(seeds.Directives, d => d.Name == "directives/vn09-quy-dinh-su-dung-nen-tang-cua-khau-so" && d.Subject == "Quy định về sử dụng Nền tảng cửa khẩu số");
        Assert.Contains(seeds.Commitments, c => c.LeadAgency == "agencies/vn30-xa-bien-gioi-gia-lai-tay" && c.CoordinatingAgencies.SequenceEqual(["agencies/vn30-so-ngoai-vu"]));

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
    [InlineData("agreements.json", "public fact unmarked", "only DOMAIN.md, is cited as a public fact")]
    [InlineData("directives.json", "document marked a public fact", "only DOMAIN.md, is cited as a public fact")]
    [InlineData("commitments.json", "bad deadline", "commitments/vn30-lt25-01-theo-sat-hoat-dong-cua-khau: deadline.text")]
    [InlineData("commitments.json", "deadline form and text", "set one form or the phrase in text, not both")]
    [InlineData("commitments.json", "no lead", "exactly one lead agency is required")]
    [InlineData("commitments.json", "unknown lead", "agencies/vn30-khong-ton-tai")]
    [InlineData("commitments.json", "lead coordinates", "the lead agency cannot also coordinate")]
    [InlineData("commitments.json", "dangling source", "directives/khong-ton-tai")]
    [InlineData("commitments.json", "foreign source", "is kept by provinces/VN-09")]
    [InlineData("commitments.json", "duplicate name", "appears more than once")]
    [InlineData("commitments.json", "unknown field", "titel")]
    [InlineData("commitments.json", "unknown authority", "agencies/vn-khong-ton-tai")]
    [InlineData("commitments.json", "no start", "startDate")]
    [InlineData("commitments.json", "statutory without signing", "statutoryBasis")]
    [InlineData("agreements.json", "signed without follow-up", "needs exactly one statutory follow-up")]
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
            case "public fact unmarked": first["sources"]!.AsArray().Single(s => s!["document"]!.GetValue<string>() == "DOMAIN.md")!.AsObject().Remove("kind"); break;
            case "document marked a public fact": first["sources"]![0]!["kind"] = "SOURCE_KIND_PUBLIC_FACT"; break;
            case "bad deadline": first["deadline"] = new JsonObject { ["text"] = "khi nào xong thì báo" }; break;
            case "deadline form and text": first["deadline"] = new JsonObject { ["ongoing"] = new JsonObject(), ["text"] = "thường xuyên" }; break;
            case "no lead": first.Remove("leadAgency"); break;
            case "unknown lead": first["leadAgency"] = "agencies/vn30-khong-ton-tai"; break;
            case "dangling source": first["source"]!["record"] = "directives/khong-ton-tai"; break;
            case "foreign source": first["source"]!["record"] = "directives/vn09-tb-ket-luan-ban-quan-ly-dong-dang-2026-05"; break;
            case "unknown authority": first["approvingAuthority"] = "agencies/vn-khong-ton-tai"; break;
            case "no start": first.Remove("startDate"); break;
            case "statutory without signing": first["statutoryBasis"] = "Luật 70/2020/QH14, Điều 19"; break;
            case "signed without follow-up":
                // The Attapeu MOU (People's Committee, province level) with a signing date needs its Art. 19 follow-up.
                first = records.Select(r => r!.AsObject()).Single(r => r["name"]!.GetValue<string>() == "agreements/vn30-laat-mou-2025-2030");
                first["signingDate"] = Date(2025, 1, 1);
                break;
            default: throw new ArgumentException(fault);
        }
        File.WriteAllText(path, records.ToJsonString());

        var problems = RecordSeeds.ReadAndCheck(folder);

        Assert.Contains(problems, p => p.Contains(file, StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_is_cited_by_its_own_name_as_a_rule()
    {
        var folder = CopyOfRepositorySeeds();
        var path = Path.Combine(folder, "directives.json");
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var sources = records[0]!["sources"]!.AsArray();
        sources.Add(new JsonObject { ["document"] = "Luật Thỏa thuận quốc tế 70/2020/QH14", ["section"] = "Điều 19", ["kind"] = "SOURCE_KIND_RULE" });
        File.WriteAllText(path, records.ToJsonString());
        Assert.Empty(RecordSeeds.ReadAndCheck(folder));

        sources[^1]!.AsObject().Remove("kind");
        File.WriteAllText(path, records.ToJsonString());
        Assert.Contains(RecordSeeds.ReadAndCheck(folder), p => p.Contains("'Luật Thỏa thuận quốc tế 70/2020/QH14' is not a source document", StringComparison.Ordinal));
    }

    private static JsonObject Date(int year, int month, int day) => new() { ["year"] = year, ["month"] = month, ["day"] = day };

    private static string CopyOfRepositorySeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coop-record-seeds-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.Seeds, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
