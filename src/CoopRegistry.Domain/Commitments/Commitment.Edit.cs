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
        foreach (var path in paths)
            Copy(changes, path);
        CommitmentRules.Normalize(this, today, calendar);
        CommitmentRules.Demand(this);
    }

    private void Copy(Commitment from, string path)
    {
        switch (path)
        {
            case "source":
                (SourceCollection, SourceId, SourceSection) = (from.SourceCollection, from.SourceId, from.SourceSection);
                break;
            case "committing_party":
                (CommittingProvinceCode, CommittingAgencyId, CommittingEnterprise) = (from.CommittingProvinceCode, from.CommittingAgencyId, from.CommittingEnterprise);
                break;
            case "lead_agency": LeadAgencyId = from.LeadAgencyId; break;
            case "coordinating_agencies": CoordinatingAgencyIds = [.. from.CoordinatingAgencyIds]; break;
            case "responsible_person": ResponsiblePerson = from.ResponsiblePerson; break;
            case "task": Task = from.Task; break;
            case "description": Description = from.Description; break;
            case "deliverable": Deliverable = from.Deliverable; break;
            case "deadline": Deadline = from.Deadline; break;
            case "approving_authority": ApprovingAuthorityId = from.ApprovingAuthorityId; break;
            case "key_task": KeyTask = from.KeyTask; break;
            case "tags": Tags = [.. from.Tags]; break;
            case "partner_provinces": PartnerProvinceCodes = [.. from.PartnerProvinceCodes]; break;
            case "start_date": StartDate = from.StartDate; break;
            case "end_date": EndDate = from.EndDate; break;
            case "sources": Sources = [.. from.Sources]; break;
            default: throw new ArgumentOutOfRangeException(nameof(path), path, "not an updatable field");
        }
    }
}
