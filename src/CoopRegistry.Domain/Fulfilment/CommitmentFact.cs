using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Fulfilment;

/// <summary>
/// What a fulfilment report needs to know of one commitment, as the registry stood at one instant:
/// the current row, or the latest history snapshot recorded at or before an as-of instant.
/// </summary>
/// <param name="DueDate">The deadline's last on-time local day (null when it has none).</param>
/// <param name="OverdueFrom">When a firm deadline becomes overdue (UTC); null when it never does.</param>
/// <param name="Deadline">Needed only for recurring commitments (their monthly rule).</param>
/// <param name="ClosedTime">When it was done, cancelled or waived (UTC); ignored while open.</param>
public sealed record CommitmentFact(
    string Id,
    string HomeProvinceCode,
    string LeadAgencyId,
    IReadOnlyList<string> PartnerProvinceCodes,
    string SourceCollection,
    string SourceId,
    bool KeyTask,
    bool Recurring,
    DateOnly? DueDate,
    DateTime? OverdueFrom,
    CommitmentLifecycleState Lifecycle,
    DateOnly? CompletedDate,
    Deadline? Deadline,
    DateOnly StartDate,
    DateOnly? EndDate = null,
    DateTime? ClosedTime = null)
{
    public string ResourceName => $"{Commitment.CollectionName}/{Id}";
}

/// <summary>The one figure a non-recurring commitment counts in at an instant (contract FulfilmentFigures).</summary>
public enum FulfilmentBucket
{
    DoneOnTime = 1,
    DoneLate = 2,
    Overdue = 3,
    NotYetDue = 4,
    Open = 5,
    Cancelled = 6,
    Waived = 7,
}

/// <summary>
/// Which commitments a report covers (set parts combine with AND) and its period of local days.
/// </summary>
public sealed record FulfilmentScope(
    string? HomeProvinceCode,
    string? AgencyId,
    string? PartnerProvinceCode,
    string? SourceCollection,
    string? SourceId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd)
{
    /// <summary>Whether a commitment is in scope, the period aside.</summary>
    public bool Covers(CommitmentFact fact) =>
        (HomeProvinceCode is null || fact.HomeProvinceCode == HomeProvinceCode)
        && (AgencyId is null || fact.LeadAgencyId == AgencyId)
        && (PartnerProvinceCode is null || fact.PartnerProvinceCodes.Contains(PartnerProvinceCode))
        && (SourceId is null || (fact.SourceCollection == SourceCollection && fact.SourceId == SourceId));

    /// <summary>The first day of every local month the period touches.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = new DateOnly(PeriodStart.Year, PeriodStart.Month, 1); month <= PeriodEnd; month = month.AddMonths(1))
            yield return month;
    }
}
