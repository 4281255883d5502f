namespace CoopRegistry.Domain.Commitments;

public sealed partial class Commitment
{
    /// <summary>The fields UpdateCommitment may change (contract names).</summary>
    public static readonly IReadOnlyList<string> UpdatableFields =
    [
        "source", "committing_party", "lead_agency", "coordinating_agencies", "responsible_person", "task", "description",
        "deliverable", "deadline", "approving_authority", "key_task", "tags", "partner_provinces", "start_date", "end_date", "sources",
    ];

    /// <summary>What a done, cancelled or waived commitment still takes: record-keeping, not substance.</summary>
    public static readonly IReadOnlySet<string> ClosedUpdatableFields = new HashSet<string> { "tags", "sources" };

    private static readonly MaskedFields<Commitment> Masked = new(UpdatableFields);

    public bool IsClosed => Lifecycle is not CommitmentLifecycleState.Open;

    /// <summary>
    /// Copies the fields in <paramref name="paths"/> from <paramref name="changes"/>, then keeps the
    /// derived facts and checks every rule. A closed commitment takes only tags and sources
    /// (FAILED_PRECONDITION otherwise).
    /// </summary>
    public void Edit(Commitment changes, IReadOnlySet<string> paths, DateOnly today, WorkingCalendar? calendar = null)
    {
        DemandNotWithdrawn();
        var substantive = paths.Where(p => !ClosedUpdatableFields.Contains(p)).Order(StringComparer.Ordinal).ToList();
        if (IsClosed && substantive.Count > 0)
            throw new FailedPreconditionException("COMMITMENT_CLOSED", ResourceName,
                $"{ResourceName} is {Lifecycle.ToString().ToLowerInvariant()}: {string.Join(", ", substantive)} can no longer change "
                + $"(only {string.Join(", ", ClosedUpdatableFields.Order(StringComparer.Ordinal))} may)");
        Masked.Copy(changes, this, paths);
        CommitmentRules.Normalize(this, today, calendar);
        CommitmentRules.Demand(this);
    }
}
