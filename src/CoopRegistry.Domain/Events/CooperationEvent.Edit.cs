namespace CoopRegistry.Domain.Events;

public sealed partial class CooperationEvent
{
    /// <summary>
    /// The fields UpdateEvent may change (contract names), in the contract's order;
    /// state and cancellation_reason change only by the lifecycle methods.
    /// </summary>
    public static readonly IReadOnlyList<string> UpdatableFields =
    [
        "kind", "title", "summary", "start_date", "end_date", "dates_tentative", "place", "place_province",
        "organiser", "delegation", "level", "participating_provinces", "participating_agencies",
        "participating_enterprises", "fields", "agreements", "pledges", "outcome_summary", "directives", "sources",
    ];

    /// <summary>
    /// Copies the fields in <paramref name="paths"/> from <paramref name="changes"/>, then checks every
    /// rule, reporting with them the fields the request could not be read into (<paramref name="unread"/>).
    /// Not while withdrawn; a cancelled event takes only its sources (FAILED_PRECONDITION EVENT_CANCELLED);
    /// outcomes only once held (EVENT_NOT_HELD).
    /// </summary>
    public void Edit(CooperationEvent changes, IReadOnlySet<string> paths, IEnumerable<FieldViolation>? unread = null)
    {
        DemandEditable(paths);
        foreach (var path in paths)
            Copy(changes, path);
        Validate(unread);
        DemandOutcomesOnlyWhenHeld();
    }

    private void Copy(CooperationEvent from, string path)
    {
        switch (path)
        {
            case "kind": Kind = from.Kind; break;
            case "title": Title = from.Title; break;
            case "summary": Summary = from.Summary; break;
            case "start_date": StartDate = from.StartDate; break;
            case "end_date": EndDate = from.EndDate; break;
            case "dates_tentative": DatesTentative = from.DatesTentative; break;
            case "place": Place = from.Place; break;
            case "place_province": PlaceProvinceCode = from.PlaceProvinceCode; break;
            case "organiser": OrganiserId = from.OrganiserId; break;
            case "delegation": Delegation = [.. from.Delegation]; break;
            case "level": Level = from.Level; break;
            case "participating_provinces": ParticipatingProvinceCodes = [.. from.ParticipatingProvinceCodes]; break;
            case "participating_agencies": ParticipatingAgencyIds = [.. from.ParticipatingAgencyIds]; break;
            case "participating_enterprises": ParticipatingEnterprises = [.. from.ParticipatingEnterprises]; break;
            case "fields": Fields = [.. from.Fields]; break;
            case "agreements": AgreementIds = [.. from.AgreementIds]; break;
            case "pledges": Pledges = [.. from.Pledges]; break;
            case "outcome_summary": OutcomeSummary = from.OutcomeSummary; break;
            case "directives": DirectiveIds = [.. from.DirectiveIds]; break;
            case "sources": Sources = [.. from.Sources]; break;
            default: throw new ArgumentOutOfRangeException(nameof(path), path, "not an updatable field");
        }
    }
}
