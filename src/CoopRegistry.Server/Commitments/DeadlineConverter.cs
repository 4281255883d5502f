namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Contract → domain for deadlines: one of the structured forms, or only <c>text</c>, read by
/// <see cref="DeadlineParser"/>. The form wins over the text. Violations are named under the
/// deadline's field (<c>commitment.deadline.within_quarter</c>).
/// </summary>
public static class DeadlineConverter
{
    /// <summary>A contract deadline as the domain's, or null when none is set; INVALID_ARGUMENT naming every bad part.</summary>
    public static Deadline? FromContract(Contract.Deadline? deadline, string field)
    {
        var violations = new FieldViolations();
        var result = Read(deadline, field, violations);
        violations.ThrowIfAny();
        return result;
    }

    /// <summary>As <see cref="FromContract"/>, keeping the violations with the rest of the request's.</summary>
    public static Deadline? Read(Contract.Deadline? deadline, string field, FieldViolations violations)
    {
        if (deadline is null)
            return null;
        try
        {
            return deadline.FormCase switch
            {
                Contract.Deadline.FormOneofCase.None when deadline.Text.Trim().Length == 0 => new Deadline.Ongoing(),
                Contract.Deadline.FormOneofCase.None => Parse(deadline.Text, $"{field}.text", violations),
                Contract.Deadline.FormOneofCase.OnOrBefore => violations.Date(deadline.OnOrBefore, $"{field}.on_or_before") is { } d ? new Deadline.OnOrBefore(d) : null,
                Contract.Deadline.FormOneofCase.Before => violations.Date(deadline.Before, $"{field}.before") is { } d ? new Deadline.Before(d) : null,
                Contract.Deadline.FormOneofCase.WithinMonth => Month(deadline.WithinMonth, $"{field}.within_month", violations),
                Contract.Deadline.FormOneofCase.WithinQuarter => deadline.WithinQuarter.Quarter is >= 1 and <= 4 && deadline.WithinQuarter.Year is >= 1900 and <= 2200
                    ? new Deadline.WithinQuarter(deadline.WithinQuarter.Year, deadline.WithinQuarter.Quarter)
                    : violations.Invalid<Deadline>($"{field}.within_quarter", "needs a year (1900-2200) and a quarter 1-4"),
                Contract.Deadline.FormOneofCase.Monthly => Monthly(deadline.Monthly, $"{field}.monthly", violations),
                Contract.Deadline.FormOneofCase.Tentative => Tentative(deadline.Tentative, $"{field}.tentative.expected", violations),
                Contract.Deadline.FormOneofCase.RightAfter => violations.Date(deadline.RightAfter.Date, $"{field}.right_after.date") is { } d
                    ? new Deadline.RightAfter(d, RequestFields.Optional(deadline.RightAfter.Occasion))
                    : violations.Invalid<Deadline>($"{field}.right_after.date", "is required"),
                Contract.Deadline.FormOneofCase.WithinWorkingDays => WorkingDays(deadline.WithinWorkingDays, $"{field}.within_working_days", violations),
                Contract.Deadline.FormOneofCase.AfterEvent => RequestFields.Optional(deadline.AfterEvent) is { } e
                    ? new Deadline.AfterEvent(e)
                    : violations.Invalid<Deadline>($"{field}.after_event", "names the event"),
                Contract.Deadline.FormOneofCase.Ongoing => new Deadline.Ongoing(),
                Contract.Deadline.FormOneofCase.Annual => new Deadline.Annual(),
                Contract.Deadline.FormOneofCase.UntilEvent => RequestFields.Optional(deadline.UntilEvent) is { } until
                    ? new Deadline.Until(until)
                    : violations.Invalid<Deadline>($"{field}.until_event", "names the event"),
                _ => violations.Invalid<Deadline>(field, "has an unknown form"),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            return violations.Invalid<Deadline>(field, $"is out of range ({e.ParamName})");
        }
    }

    /// <summary>The parser's violations, renamed to the text field.</summary>
    private static Deadline? Parse(string text, string field, FieldViolations violations)
    {
        var parsed = new FieldViolations();
        var deadline = parsed.Check(() => DeadlineParser.Parse(text));
        foreach (var violation in parsed.All)
            violations.Add(field, violation.Description);
        return deadline;
    }

    private static Deadline? Month(Google.Type.Date date, string field, FieldViolations violations) =>
        date.Year is >= 1900 and <= 2200 && date.Month is >= 1 and <= 12
            ? new Deadline.WithinMonth(date.Year, date.Month)
            : violations.Invalid<Deadline>(field, "needs a year (1900-2200) and a month 1-12");

    private static Deadline? Monthly(Contract.MonthlyDeadline monthly, string field, FieldViolations violations) => monthly.Rule switch
    {
        Contract.MonthlyRule.NoFixedDay when monthly.Day == 0 => new Deadline.Monthly(MonthlyDay.None),
        Contract.MonthlyRule.NoFixedDay => violations.Invalid<Deadline>($"{field}.day", "is 0 with MONTHLY_RULE_NO_FIXED_DAY"),
        Contract.MonthlyRule.OnOrBeforeDay when monthly.Day is >= 1 and <= 31 => new Deadline.Monthly(MonthlyDay.OnOrBefore, monthly.Day),
        Contract.MonthlyRule.BeforeDay when monthly.Day is >= 2 and <= 31 => new Deadline.Monthly(MonthlyDay.Before, monthly.Day),
        Contract.MonthlyRule.OnOrBeforeDay or Contract.MonthlyRule.BeforeDay => violations.Invalid<Deadline>($"{field}.day", "is a day of the month: 1-31 (2-31 for \"before\")"),
        _ => violations.Invalid<Deadline>($"{field}.rule", "is required"),
    };

    private static Deadline? Tentative(Contract.TentativeDeadline tentative, string field, FieldViolations violations)
    {
        if (tentative.Expected is null)
            return violations.Invalid<Deadline>(field, "is required: the expected deadline");
        return Read(tentative.Expected, field, violations) switch
        {
            null => null,
            Deadline.Tentative => violations.Invalid<Deadline>(field, "is itself tentative"),
            var expected => new Deadline.Tentative(expected),
        };
    }

    private static Deadline? WorkingDays(Contract.WorkingDaysDeadline working, string field, FieldViolations violations)
    {
        var from = violations.Date(working.FromDate, $"{field}.from_date");
        if (working.Days is < 1 or > 366)
            return violations.Invalid<Deadline>($"{field}.days", "is a number of working days, 1-366");
        if (from is null && RequestFields.Optional(working.Event) is null)
            return violations.Invalid<Deadline>($"{field}.event", "names the event counted from while from_date is not known");
        return new Deadline.WithinWorkingDays(working.Days, from, RequestFields.Optional(working.Event));
    }
}
