namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Domain → contract for deadlines: the form (a oneof, so built here rather than deep-copied), its
/// canonical text, and, where the deadline has them, its last on-time day and the instant it becomes overdue.
/// </summary>
public static class DeadlineMapping
{
    public static Contract.Deadline ToContract(Deadline deadline, DateOnly? lastDay, DateTime? overdueFrom)
    {
        var contract = Form(deadline);
        contract.LastDay = lastDay.ToProto();
        contract.OverdueTime = overdueFrom.ToProto();
        contract.Firm = deadline.IsFirm;
        return contract;
    }

    private static Contract.Deadline Form(Deadline deadline)
    {
        var contract = new Contract.Deadline { Text = deadline.Describe() };
        switch (deadline)
        {
            case Deadline.OnOrBefore d: contract.OnOrBefore = d.Date.ToProto(); break;
            case Deadline.Before d: contract.Before = d.Date.ToProto(); break;
            case Deadline.WithinMonth d: contract.WithinMonth = new Google.Type.Date { Year = d.Year, Month = d.Month, Day = 1 }; break;
            case Deadline.WithinQuarter d: contract.WithinQuarter = new Contract.QuarterDeadline { Year = d.Year, Quarter = d.Quarter }; break;
            case Deadline.Monthly d: contract.Monthly = new Contract.MonthlyDeadline { Rule = Rule(d.Rule), Day = d.Day }; break;
            case Deadline.Annual: contract.Annual = new Contract.AnnualDeadline(); break;
            case Deadline.Tentative d: contract.Tentative = new Contract.TentativeDeadline { Expected = Form(d.Expected) }; break;
            case Deadline.RightAfter d: contract.RightAfter = new Contract.RightAfterDeadline { Date = d.Date.ToProto(), Occasion = d.Occasion ?? "" }; break;
            case Deadline.WithinWorkingDays d:
                contract.WithinWorkingDays = new Contract.WorkingDaysDeadline { Days = d.Days, FromDate = d.From.ToProto(), Event = d.Event ?? "" };
                break;
            case Deadline.AfterEvent d: contract.AfterEvent = d.Event; break;
            case Deadline.Until d: contract.UntilEvent = d.Event; break;
            case Deadline.Ongoing: contract.Ongoing = new Contract.OngoingDeadline(); break;
        }
        return contract;
    }

    private static Contract.MonthlyRule Rule(MonthlyDay rule) => rule switch
    {
        MonthlyDay.Before => Contract.MonthlyRule.BeforeDay,
        MonthlyDay.OnOrBefore => Contract.MonthlyRule.OnOrBeforeDay,
        _ => Contract.MonthlyRule.NoFixedDay,
    };
}
