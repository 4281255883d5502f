namespace CoopRegistry.Domain.Plans;

/// <summary>
/// One activity of a plan. Immutable: the plan's activity list is replaced as a whole, so the
/// change tracker sees every change.
/// </summary>
public sealed record PlanActivity
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>The activity's lead agency; the plan's lead when the caller names none.</summary>
    public string? LeadAgencyId { get; init; }
    public List<string> CoordinatingAgencyIds { get; init; } = [];
    public string? PartnerProvinceCode { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }

    /// <summary>Its agencies and province, the fields named under <paramref name="field"/> (plan.activities[i]).</summary>
    public IEnumerable<RecordReference> References(string field) =>
    [
        .. RecordReference.OptionalAgency($"{field}.lead_agency", LeadAgencyId),
        .. RecordReference.EachAgency($"{field}.coordinating_agencies", CoordinatingAgencyIds),
        .. RecordReference.OptionalProvince($"{field}.partner_province", PartnerProvinceCode),
    ];

    public bool Equals(PlanActivity? other) =>
        other is not null && Id == other.Id && Title == other.Title && Description == other.Description
        && LeadAgencyId == other.LeadAgencyId && CoordinatingAgencyIds.SequenceEqual(other.CoordinatingAgencyIds)
        && PartnerProvinceCode == other.PartnerProvinceCode && StartDate == other.StartDate && EndDate == other.EndDate;

    public override int GetHashCode() => HashCode.Combine(Id, Title, LeadAgencyId, StartDate, EndDate);
}
