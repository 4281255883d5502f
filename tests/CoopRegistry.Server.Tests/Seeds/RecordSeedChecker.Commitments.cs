using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Errors;
using static CoopRegistry.Server.Tests.Seeds.RecordSeeds;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>The checks of commitments: source, one lead, deadline, start, and the statutory follow-up of a signed agreement.</summary>
internal sealed partial class RecordSeedChecker
{
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
}
