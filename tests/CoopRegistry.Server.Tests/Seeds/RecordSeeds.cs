using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopRegistry.Data.Seeding;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Errors;
using Google.Protobuf;
using Contract = CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

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
    private static partial Regex RecordName();

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
        var check = new Checker(
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

    private sealed class Checker(Dictionary<string, bool> provinces, HashSet<string> agencies)
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

        public void Agreement(Contract.Agreement a)
        {
            var at = Where(AgreementsFile, a.Name);
            Common(at, a.HomeProvince, a.Sources);
            Required(at, "title", a.Title);
            Specified(at, "kind", a.Kind == Contract.AgreementKind.Unspecified);
            Specified(at, "state", a.State == Contract.AgreementState.Unspecified);
            Specified(at, "level", a.Level == Contract.CooperationLevel.Unspecified);
            if (a.Fields.Count == 0 || a.Fields.Contains(Contract.CooperationField.Unspecified))
                Problems.Add($"{at}: fields: at least one field of cooperation, none unspecified");
            if (a.Parties.Count < 2)
                Problems.Add($"{at}: parties: an agreement has at least two parties");
            for (var i = 0; i < a.Parties.Count; i++)
            {
                var party = a.Parties[i];
                switch (party.PartyCase)
                {
                    case Contract.Party.PartyOneofCase.Province: Province(at, $"parties[{i}].province", party.Province); break;
                    case Contract.Party.PartyOneofCase.Agency: Agency(at, $"parties[{i}].agency", party.Agency); break;
                    case Contract.Party.PartyOneofCase.Enterprise: Required(at, $"parties[{i}].enterprise", party.Enterprise); break;
                    default: Problems.Add($"{at}: parties[{i}]: names no province, agency or enterprise"); break;
                }
                Specified(at, $"parties[{i}].role", party.Role == Contract.PartyRole.Unspecified);
            }
            var partyNames = a.Parties.Select(p => p.Province + p.Agency + p.Enterprise).ToList();
            if (partyNames.Distinct().Count() != partyNames.Count)
                Problems.Add($"{at}: parties: a party appears twice");
            for (var i = 0; i < a.Signatories.Count; i++)
                if (!partyNames.Contains(a.Signatories[i].OnBehalfOf))
                    Problems.Add($"{at}: signatories[{i}].on_behalf_of: '{a.Signatories[i].OnBehalfOf}' is not a party");
            Record(at, "originEvent", a.OriginEvent, "events/", optional: true);
            Record(at, "successor", a.Successor, "agreements/", optional: true);
            Records(at, "directives", a.Directives, "directives/");
            var signing = Date(at, "signingDate", a.SigningDate);
            var effective = Date(at, "effectiveDate", a.EffectiveDate);
            var expiry = Date(at, "expiryDate", a.ExpiryDate);
            if (signing > effective)
                Problems.Add($"{at}: effectiveDate: {effective} is before the signing date {signing}");
            if ((effective ?? signing) >= expiry)
                Problems.Add($"{at}: expiryDate: {expiry} is not after the effective date {effective ?? signing}");
        }

        public void Plan(Contract.Plan p)
        {
            var at = Where(PlansFile, p.Name);
            Common(at, p.HomeProvince, p.Sources);
            Required(at, "title", p.Title);
            Specified(at, "state", p.State == Contract.PlanState.Unspecified);
            Agency(at, "leadAgency", p.LeadAgency);
            Agencies(at, "coordinatingAgencies", p.CoordinatingAgencies);
            if (p.CoordinatingAgencies.Contains(p.LeadAgency))
                Problems.Add($"{at}: coordinatingAgencies: the lead agency cannot also coordinate");
            Provinces(at, "partnerProvinces", p.PartnerProvinces);
            if (p.ApprovingAuthority.Length > 0)
                Agency(at, "approvingAuthority", p.ApprovingAuthority);
            Records(at, "agreements", p.Agreements, "agreements/");
            Records(at, "directives", p.Directives, "directives/");
            Order(at, "endDate", Date(at, "startDate", p.StartDate), Date(at, "endDate", p.EndDate));
            Date(at, "submissionDueDate", p.SubmissionDueDate);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < p.Activities.Count; i++)
            {
                var activity = p.Activities[i];
                var field = $"activities[{i}]";
                Required(at, field + ".title", activity.Title);
                if (activity.Id.Length > 0 && !ids.Add(activity.Id))
                    Problems.Add($"{at}: {field}.id: '{activity.Id}' appears more than once in the plan");
                var lead = activity.LeadAgency.Length > 0 ? activity.LeadAgency : p.LeadAgency;
                if (activity.LeadAgency.Length > 0)
                    Agency(at, field + ".leadAgency", activity.LeadAgency);
                Agencies(at, field + ".coordinatingAgencies", activity.CoordinatingAgencies);
                if (activity.CoordinatingAgencies.Contains(lead))
                    Problems.Add($"{at}: {field}.coordinatingAgencies: the lead agency cannot also coordinate");
                if (activity.PartnerProvince.Length > 0)
                    Province(at, field + ".partnerProvince", activity.PartnerProvince);
                Order(at, field + ".endDate", Date(at, field + ".startDate", activity.StartDate), Date(at, field + ".endDate", activity.EndDate));
            }
        }

        public void Event(Contract.Event e)
        {
            var at = Where(EventsFile, e.Name);
            Common(at, e.HomeProvince, e.Sources);
            Required(at, "title", e.Title);
            Specified(at, "kind", e.Kind == Contract.EventKind.Unspecified);
            Specified(at, "state", e.State == Contract.EventState.Unspecified);
            Specified(at, "level", e.Level == Contract.CooperationLevel.Unspecified);
            Agency(at, "organiser", e.Organiser);
            var start = Date(at, "startDate", e.StartDate);
            if (start is null)
                Problems.Add($"{at}: startDate: is required (tentative when the source gives only a month or a window)");
            Order(at, "endDate", start, Date(at, "endDate", e.EndDate));
            if (e.PlaceProvince.Length > 0)
                Province(at, "placeProvince", e.PlaceProvince);
            Provinces(at, "participatingProvinces", e.ParticipatingProvinces);
            Agencies(at, "participatingAgencies", e.ParticipatingAgencies);
            for (var i = 0; i < e.Delegation.Count; i++)
                if (e.Delegation[i].Agency.Length > 0)
                    Agency(at, $"delegation[{i}].agency", e.Delegation[i].Agency);
            for (var i = 0; i < e.Pledges.Count; i++)
            {
                if (e.Pledges[i].TargetProvince.Length > 0)
                    Province(at, $"pledges[{i}].targetProvince", e.Pledges[i].TargetProvince);
                if (e.Pledges[i].Amount is not { CurrencyCode.Length: 3 })
                    Problems.Add($"{at}: pledges[{i}].amount: an amount with its ISO 4217 currency is required");
            }
            Records(at, "agreements", e.Agreements, "agreements/");
            Records(at, "directives", e.Directives, "directives/");
        }

        public void Directive(Contract.Directive d)
        {
            var at = Where(DirectivesFile, d.Name);
            Common(at, d.HomeProvince, d.Sources);
            Specified(at, "kind", d.Kind == Contract.DirectiveKind.Unspecified);
            Required(at, "subject", d.Subject);
            Agency(at, "issuer", d.Issuer);
            Date(at, "issueDate", d.IssueDate);
            Records(at, "linkedRecords", d.LinkedRecords, "");
        }

        public void Commitment(Contract.Commitment c, IReadOnlyDictionary<string, string> sourceHomes, IReadOnlyDictionary<string, DateOnly?> directiveDates)
        {
            var at = Where(CommitmentsFile, c.Name);
            Common(at, c.HomeProvince, c.Sources);
            Required(at, "task", c.Task);

            if (c.Source is null || c.Source.Record.Length == 0)
                Problems.Add($"{at}: source.record: is required (the agreement, plan, event or directive it comes from)");
            else if (!sourceHomes.TryGetValue(c.Source.Record, out var sourceHome))
                Problems.Add($"{at}: source.record: '{c.Source.Record}' is not an agreement, plan, event or directive in the seed files");
            else if (sourceHome != c.HomeProvince)
                Problems.Add($"{at}: source.record: '{c.Source.Record}' is kept by {sourceHome}, not by {c.HomeProvince}");
            if (c.Source is not null && string.IsNullOrWhiteSpace(c.Source.Section))
                Problems.Add($"{at}: source.section: is required (the item as the document numbers it)");

            // One focal point: exactly one lead, never also a coordinator.
            if (c.LeadAgency.Length == 0)
                Problems.Add($"{at}: leadAgency: exactly one lead agency is required");
            else
                Agency(at, "leadAgency", c.LeadAgency);
            Agencies(at, "coordinatingAgencies", c.CoordinatingAgencies);
            if (c.CoordinatingAgencies.Contains(c.LeadAgency))
                Problems.Add($"{at}: coordinatingAgencies: the lead agency cannot also coordinate");
            if (c.CoordinatingAgencies.Distinct().Count() != c.CoordinatingAgencies.Count)
                Problems.Add($"{at}: coordinatingAgencies: an agency appears twice");
            if (c.ApprovingAuthority.Length > 0)
                Agency(at, "approvingAuthority", c.ApprovingAuthority);
            Provinces(at, "partnerProvinces", c.PartnerProvinces);
            if (c.CommittingParty is { } party)
            {
                switch (party.PartyCase)
                {
                    case Contract.CommittingParty.PartyOneofCase.Province: Province(at, "committingParty.province", party.Province); break;
                    case Contract.CommittingParty.PartyOneofCase.Agency: Agency(at, "committingParty.agency", party.Agency); break;
                    case Contract.CommittingParty.PartyOneofCase.Enterprise: Required(at, "committingParty.enterprise", party.Enterprise); break;
                    default: Problems.Add($"{at}: committingParty: names no province, agency or enterprise"); break;
                }
            }

            var deadline = ParsedDeadline(at, c.Deadline);
            var start = Date(at, "startDate", c.StartDate);
            Order(at, "endDate", start, Date(at, "endDate", c.EndDate));
            if (start is null)
                Problems.Add($"{at}: startDate: a seed states its start (the directive's date), or the load would date it by the day it ran; recurring occurrences start from its month");
            else if (deadline is Deadline.Recurring && c.Source?.Record is { } record && record.StartsWith("directives/", StringComparison.Ordinal)
                && directiveDates.TryGetValue(record, out var issued) && issued is { } day && start < day)
                Problems.Add($"{at}: startDate: a recurring obligation cannot start before its directive ({day:yyyy-MM-dd})");

            if (c.StatutoryBasis.Length > 0 && c.Source?.Record.StartsWith("agreements/", StringComparison.Ordinal) != true)
                Problems.Add($"{at}: statutoryBasis: only the follow-up of a signed agreement has one");
        }

        /// <summary>
        /// Law 70/2020 Art. 19: an agreement signed in a provincial People's Committee's name, with its signing
        /// date known, has the follow-up "report to the Prime Minister, copy to the Ministry of Foreign Affairs
        /// within 15 days", led by the home province's Department of Foreign Affairs.
        /// </summary>
        public void StatutoryFollowUp(Contract.Agreement a, IReadOnlyList<Contract.Commitment> commitments)
        {
            var at = Where(AgreementsFile, a.Name);
            var followUps = commitments.Where(c => c.StatutoryBasis.Length > 0 && c.Source?.Record == a.Name).ToList();
            var due = a.SigningDate is { Year: > 0 } s ? new DateOnly(s.Year, s.Month, s.Day).AddDays(15) : (DateOnly?)null;
            // Province level is the People's Committee's name (a department's or a commune's follows other rules).
            var needed = due is not null && a.Level == Contract.CooperationLevel.Province;
            if (!needed)
            {
                foreach (var c in followUps)
                    Problems.Add($"{Where(CommitmentsFile, c.Name)}: statutoryBasis: {a.Name} is not a People's Committee agreement with a known signing date");
                return;
            }
            if (followUps.Count != 1)
            {
                Problems.Add($"{at}: signed in a People's Committee's name on {a.SigningDate!.Year:D4}-{a.SigningDate.Month:D2}-{a.SigningDate.Day:D2}: needs exactly one statutory follow-up commitment in {CommitmentsFile}, found {followUps.Count}");
                return;
            }
            var c2 = followUps[0];
            var where = Where(CommitmentsFile, c2.Name);
            var foreignAffairs = "agencies/" + a.HomeProvince["provinces/".Length..].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() + "-so-ngoai-vu";
            if (c2.StatutoryBasis != StatutoryBasis)
                Problems.Add($"{where}: statutoryBasis: must be '{StatutoryBasis}'");
            if (c2.LeadAgency != foreignAffairs)
                Problems.Add($"{where}: leadAgency: the Department of Foreign Affairs ({foreignAffairs}) leads the Art. 19 report");
            if (c2.ApprovingAuthority != PrimeMinister)
                Problems.Add($"{where}: approvingAuthority: the Art. 19 report goes to the Prime Minister ({PrimeMinister})");
            if (c2.Deadline is not { Text.Length: > 0 } || !TryParse(c2.Deadline.Text, out var d) || d is not Deadline.OnOrBefore o || o.Date != due)
                Problems.Add($"{where}: deadline: must be no later than {due:dd/MM/yyyy} (15 days after signing)");
        }

        private static bool TryParse(string text, out Deadline? deadline)
        {
            try
            {
                deadline = DeadlineParser.Parse(text);
                return true;
            }
            catch (InvalidArgumentException)
            {
                deadline = null;
                return false;
            }
        }

        /// <summary>A deadline is one form or the phrase as the document writes it, and the phrase must parse.</summary>
        private Deadline? ParsedDeadline(string at, Contract.Deadline? deadline)
        {
            if (deadline is null)
                return null;
            var hasForm = deadline.FormCase != Contract.Deadline.FormOneofCase.None;
            if (hasForm && deadline.Text.Length > 0)
                Problems.Add($"{at}: deadline: set one form or the phrase in text, not both");
            if (deadline.LastDay is not null || deadline.OverdueTime is not null || deadline.Firm)
                Problems.Add($"{at}: deadline: lastDay, overdueTime and firm are output only");
            if (hasForm)
                return deadline.FormCase == Contract.Deadline.FormOneofCase.Ongoing ? new Deadline.Ongoing() : null;
            if (string.IsNullOrWhiteSpace(deadline.Text))
            {
                Problems.Add($"{at}: deadline: is empty; omit it when the document states none, or use {{\"ongoing\": {{}}}}");
                return null;
            }
            try
            {
                return DeadlineParser.Parse(deadline.Text);
            }
            catch (InvalidArgumentException e)
            {
                Problems.Add($"{at}: deadline.text: \"{deadline.Text}\" does not parse: {e.Message}");
                return null;
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
}
