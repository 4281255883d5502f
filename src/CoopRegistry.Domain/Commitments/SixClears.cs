namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// The "6 rõ" check: which of person, task, time, responsibility, deliverable and authority a
/// commitment leaves unclear. An explicit <see cref="Deadlines.Deadline.Ongoing"/> counts as a time;
/// no deadline at all does not.
/// </summary>
public static class SixClears
{
    public static List<SixClearsElement> Missing(Commitment commitment)
    {
        var missing = new List<SixClearsElement>();
        if (string.IsNullOrWhiteSpace(commitment.ResponsiblePerson))
            missing.Add(SixClearsElement.Person);
        if (string.IsNullOrWhiteSpace(commitment.Task))
            missing.Add(SixClearsElement.Task);
        if (commitment.Deadline is null)
            missing.Add(SixClearsElement.Time);
        if (string.IsNullOrWhiteSpace(commitment.LeadAgencyId))
            missing.Add(SixClearsElement.Responsibility);
        if (string.IsNullOrWhiteSpace(commitment.Deliverable))
            missing.Add(SixClearsElement.Deliverable);
        if (string.IsNullOrWhiteSpace(commitment.ApprovingAuthorityId))
            missing.Add(SixClearsElement.Authority);
        return missing;
    }
}
