using System.Text.Json;
using CoopRegistry.Domain.Deadlines;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>An agency recorded on a commitment that its sections do not name, and why (seeds/documents/inferred.json).</summary>
public sealed record InferredAgency(string Commitment, string Agency, string Role, string Reason, string Reviewed);

/// <summary>
/// The seeds read against the documents (seeds/README.md, reading rules): every commitment cites
/// listed sections of the stored documents, its lead and each coordinator are named there or their
/// inference is written down, partners' counterparts do not coordinate a home province's task, and
/// a recurring duty starts on the first day of a period. Every problem is a line.
/// </summary>
public static class SeedFidelity
{
    public const string InferredFile = "inferred.json";

    public static List<string> Check(string seedsFolder)
    {
        var problems = new List<string>();
        var documents = SourceDocuments.Read(seedsFolder, problems);
        var agencies = AgencyNames.Read(seedsFolder);
        var inferred = ReadInferred(seedsFolder);
        var seeds = RecordSeeds.Read(seedsFolder);
        problems.AddRange(seeds.ParseProblems);
        foreach (var document in RecordSeeds.Documents.Where(d => d.EndsWith(".txt", StringComparison.Ordinal) && !documents.ContainsKey(d)))
            problems.Add($"{SourceDocuments.Folder}/{document}: a source document the seeds may cite is not stored");

        foreach (var c in seeds.Commitments)
        {
            var sections = Sections(c, documents, problems);
            var ocr = c.Sources.Any(s => documents.TryGetValue(s.Document, out var d) && d.Ocr);
            foreach (var (agency, role) in c.CoordinatingAgencies.Select(a => (a, "coordinator")).Prepend((c.LeadAgency, "lead")))
            {
                var named = agencies.TryGetValue(agency, out var known) && sections.Any(text => AgencyNames.IsNamed(known, text, ocr));
                var note = inferred.FirstOrDefault(i => i.Commitment == c.Name && i.Agency == agency && i.Role == role);
                var where = string.Join(", ", c.Sources.Select(s => $"{s.Document} {s.Section}"));
                if (!named && note is null)
                    problems.Add($"{c.Name}: {role} {agency} is not named in {where}, and {InferredFile} does not say why it was recorded");
                else if (named && note is not null)
                    problems.Add($"{c.Name}: {role} {agency} is named in {where}; its note in {InferredFile} is not needed");
            }
            CheckPartners(c, agencies, problems);
            CheckRecurringStart(c, problems);
        }

        foreach (var note in inferred)
        {
            var c = seeds.Commitments.FirstOrDefault(x => x.Name == note.Commitment);
            var recorded = c is not null && (note.Role == "lead" ? c.LeadAgency == note.Agency : note.Role == "coordinator" && c.CoordinatingAgencies.Contains(note.Agency));
            if (!recorded)
                problems.Add($"{InferredFile}: {note.Commitment}: {note.Agency} is not its {note.Role}");
            if (note.Reason.Length < 40 || note.Reviewed.Length == 0)
                problems.Add($"{InferredFile}: {note.Commitment}: {note.Agency}: an inference needs its reason and who reviewed it");
        }
        return problems;
    }

    public static IReadOnlyList<InferredAgency> ReadInferred(string seedsFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(seedsFolder, SourceDocuments.Folder, InferredFile)));
        return json.RootElement.GetProperty("inferred").EnumerateArray().Select(e => new InferredAgency(
            e.GetProperty("commitment").GetString()!, e.GetProperty("agency").GetString()!, e.GetProperty("role").GetString()!,
            e.GetProperty("reason").GetString()!, e.GetProperty("reviewed").GetString()!)).ToList();
    }

    /// <summary>The text of every section the commitment cites from a stored document; DOMAIN.md and rules have none here.</summary>
    private static List<string> Sections(Contract.Commitment c, IReadOnlyDictionary<string, SourceDocument> documents, List<string> problems)
    {
        var texts = new List<string>();
        foreach (var source in c.Sources)
        {
            if (!documents.TryGetValue(source.Document, out var document))
                continue;
            if (document.Read(source.Section) is { } text)
                texts.Add(text);
            else
                problems.Add($"{c.Name}: cites '{source.Section}' of {source.Document}, which is not a section listed in {SourceDocuments.Folder}/{SourceDocuments.IndexFile}");
        }
        return texts;
    }

    /// <summary>Counterparts in partner provinces do not coordinate a home province's task; only a partner's own commitment has a partner lead.</summary>
    private static void CheckPartners(Contract.Commitment c, IReadOnlyDictionary<string, NamedAgency> agencies, List<string> problems)
    {
        var home = c.HomeProvince["provinces/".Length..];
        bool Foreign(string agency) => agencies.TryGetValue(agency, out var a) && a.Province is { } p && p != home;
        foreach (var agency in c.CoordinatingAgencies.Where(Foreign))
            problems.Add($"{c.Name}: coordinator {agency} is a partner province's body: counterparts are partners, not coordinators");
        var partnersOwn = c.CommittingParty?.Province is { Length: > 0 } party && party != c.HomeProvince;
        if (Foreign(c.LeadAgency) && !partnersOwn)
            problems.Add($"{c.Name}: lead {c.LeadAgency} is a partner province's body, but the commitment is not that partner's own");
    }

    /// <summary>A recurring duty starts on the first day of its first full period (seeds/README.md, rule 10).</summary>
    private static void CheckRecurringStart(Contract.Commitment c, List<string> problems)
    {
        if (c.Deadline is not { Text.Length: > 0 } || c.StartDate is null)
            return;
        var start = new DateOnly(c.StartDate.Year, c.StartDate.Month, c.StartDate.Day);
        Deadline deadline;
        try
        {
            deadline = DeadlineParser.Parse(c.Deadline.Text);
        }
        catch (Domain.Errors.InvalidArgumentException)
        {
            return; // RecordSeeds reports it
        }
        if (deadline is Deadline.Recurring recurring && recurring.PeriodOf(start) != start)
            problems.Add($"{c.Name}: startDate: a recurring duty starts on the first day of its first full period, not {start:yyyy-MM-dd}");
    }
}
