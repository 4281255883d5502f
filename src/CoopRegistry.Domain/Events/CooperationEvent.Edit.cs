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

    private static readonly MaskedFields<CooperationEvent> Masked = new(UpdatableFields);

    /// <summary>
    /// Copies the fields in <paramref name="paths"/> from <paramref name="changes"/>, then checks every rule.
    /// Not while withdrawn; a cancelled event takes only its sources (FAILED_PRECONDITION EVENT_CANCELLED);
    /// outcomes only once held (EVENT_NOT_HELD).
    /// </summary>
    public void Edit(CooperationEvent changes, IReadOnlySet<string> paths)
    {
        DemandEditable(paths);
        Masked.Copy(changes, this, paths);
        Validate();
        DemandOutcomesOnlyWhenHeld();
    }
}
