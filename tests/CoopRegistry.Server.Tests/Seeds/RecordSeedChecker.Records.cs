using static CoopRegistry.Server.Tests.Seeds.RecordSeeds;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>The checks of agreements, plans, events and directives.</summary>
internal sealed partial class RecordSeedChecker
{
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
}
