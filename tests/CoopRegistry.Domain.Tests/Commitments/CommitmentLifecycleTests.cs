using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class CommitmentLifecycleTests
{
    // 10:00 local on 15/5/2026.
    private static readonly DateTime Now = new(2026, 5, 15, 3, 0, 0, DateTimeKind.Utc);

    private static Commitment Open() => new()
    {
        Id = "c1",
        HomeProvinceCode = "VN-30",
        LeadAgencyId = "vn30-so-cong-thuong",
        CoordinatingAgencyIds = ["vn30-so-tai-chinh"],
        ApprovingAuthorityId = "vn30-ubnd-tinh",
        Task = "Báo cáo kết quả",
        Deadline = new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)),
        StartDate = new DateOnly(2026, 5, 1),
    };

    private static FailedPreconditionException Refused(Action move) => Assert.Throws<FailedPreconditionException>(move);

    private static InvalidArgumentException Invalid(Action move) => Assert.Throws<InvalidArgumentException>(move);

    [Fact]
    public void A_report_is_numbered_and_updates_the_commitment_and_its_period_defaults_to_the_local_month()
    {
        var c = Open();
        var first = c.ReportProgress(" Đã họp ", 30, ["https://x/1"], null, null, "vn30-so-tai-chinh", "client-a", Now);
        Assert.Equal(1, first.Number);
        Assert.Equal("commitments/c1/progressReports/1", first.ResourceName);
        Assert.Equal("Đã họp", first.Narrative);
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), (first.PeriodStart, first.PeriodEnd));
        Assert.Equal(("vn30-so-tai-chinh", "client-a", Now), (first.ReporterAgencyId, first.ReporterClientId, first.ReportTime));
        var second = c.ReportProgress("Tiếp tục", 60, [], new DateOnly(2026, 2, 10), null, "vn30-so-cong-thuong", "client-b", Now.AddHours(1));
        Assert.Equal(2, second.Number);
        Assert.Equal(new DateOnly(2026, 2, 28), second.PeriodEnd); // the start's month end
        Assert.Equal((60, Now.AddHours(1), 2), (c.PercentComplete, c.LastReportTime, c.ReportCount));
    }

    [Fact]
    public void The_default_period_is_the_local_month_not_the_utc_one()
    {
        // 31/5 17:30 UTC is 1/6 00:30 local.
        var report = Open().ReportProgress("x", 1, [], null, null, "a", "c", new DateTime(2026, 5, 31, 17, 30, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2026, 6, 1), report.PeriodStart);
    }

    [Fact]
    public void A_report_names_every_bad_field()
    {
        var c = Open();
        var e = Invalid(() => c.ReportProgress("  ", 101, [""], new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 9), "a", "c", Now));
        Assert.Equal(["report.narrative", "report.percent_complete", "report.evidence[0]", "report.period_end"], e.Violations.Select(v => v.Field));
        Assert.Equal(0, c.ReportCount);
        Invalid(() => c.ReportProgress("x", -1, [], null, null, "a", "c", Now));
        c.ReportProgress("x", 0, [], new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 10), "a", "c", Now); // one-day period
        c.ReportProgress("x", 100, [], null, null, "a", "c", Now);
    }

    [Fact]
    public void Completion_requested_then_accepted_makes_it_done_on_the_requested_date()
    {
        var c = Open();
        c.RequestCompletion(new DateOnly(2026, 5, 14), "xong", ["https://x/bc"], Now);
        Assert.Equal((CompletionState.Requested, new DateOnly(2026, 5, 14), Now), (c.CompletionState, c.CompletedDate, c.CompletionRequestTime));
        Assert.Equal(CommitmentLifecycleState.Open, c.Lifecycle);
        c.AcceptCompletion("vn30-ubnd-tinh", Now.AddDays(3));
        Assert.Equal(CommitmentLifecycleState.Done, c.Lifecycle);
        Assert.Equal((CompletionState.Accepted, "vn30-ubnd-tinh", Now.AddDays(3)), (c.CompletionState, c.CompletionDecidedBy, c.CompletionDecisionTime));
        Assert.Equal(new DateOnly(2026, 5, 14), c.CompletedDate);
        Assert.Equal(Now.AddDays(3), c.ClosedAt());
    }

    [Fact]
    public void The_completed_date_defaults_to_today_local_and_is_never_in_the_future()
    {
        var late = new DateTime(2026, 5, 15, 17, 0, 0, DateTimeKind.Utc); // 00:00 on 16/5 local
        var c = Open();
        c.RequestCompletion(null, null, [], late);
        Assert.Equal(new DateOnly(2026, 5, 16), c.CompletedDate);

        var d = Open();
        d.RequestCompletion(new DateOnly(2026, 5, 16), null, [], late); // today local, though still 15/5 in UTC
        var e = Invalid(() => Open().RequestCompletion(new DateOnly(2026, 5, 17), null, [], late));
        Assert.Equal("completed_date", e.Violations.Single().Field);
    }

    [Fact]
    public void A_returned_completion_reopens_the_work_and_may_be_asked_again()
    {
        var c = Open();
        c.RequestCompletion(null, null, [], Now);
        Assert.Equal("reason", Invalid(() => c.ReturnCompletion(" ", "vn30-ubnd-tinh", Now)).Violations.Single().Field);
        c.ReturnCompletion("Thiếu báo cáo", "vn30-ubnd-tinh", Now.AddHours(1));
        Assert.Equal((CompletionState.Returned, "Thiếu báo cáo", CommitmentLifecycleState.Open), (c.CompletionState, c.CompletionReturnReason, c.Lifecycle));
        Assert.Equal("COMPLETION_NOT_REQUESTED", Refused(() => c.AcceptCompletion("vn30-ubnd-tinh", Now)).Reason);
        c.RequestCompletion(null, null, [], Now.AddHours(2));
        Assert.Equal(CompletionState.Requested, c.CompletionState);
        Assert.Null(c.CompletionReturnReason);
        Assert.Null(c.CompletionDecidedBy);
    }

    [Fact]
    public void Refused_moves_name_why()
    {
        var c = Open();
        Assert.Equal("COMPLETION_NOT_REQUESTED", Refused(() => c.AcceptCompletion("x", Now)).Reason);
        Assert.Equal("COMPLETION_NOT_REQUESTED", Refused(() => c.ReturnCompletion("r", "x", Now)).Reason);
        c.RequestCompletion(null, null, [], Now);
        var twice = Refused(() => c.RequestCompletion(null, null, [], Now));
        Assert.Equal("COMPLETION_ALREADY_REQUESTED", twice.Reason);
        Assert.Equal("commitments/c1", twice.Subject);
        c.AcceptCompletion("x", Now);
        foreach (var move in new Action[]
        {
            () => c.ReportProgress("x", 1, [], null, null, "a", "c", Now),
            () => c.RequestCompletion(null, null, [], Now),
            () => c.AcceptCompletion("x", Now),
            () => c.ReturnCompletion("r", "x", Now),
            () => c.Cancel("r", Now),
            () => c.Waive("r", Now),
        })
            Assert.Equal("COMMITMENT_CLOSED", Refused(move).Reason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cancel_and_waive_need_a_reason_and_an_open_commitment(bool cancel)
    {
        var c = Open();
        Action<string?> close = reason => { if (cancel) c.Cancel(reason, Now); else c.Waive(reason, Now); };
        Assert.Equal("reason", Invalid(() => close("")).Violations.Single().Field);
        Assert.Equal(CommitmentLifecycleState.Open, c.Lifecycle);
        close(" Không còn phù hợp ");
        Assert.Equal(cancel ? CommitmentLifecycleState.Cancelled : CommitmentLifecycleState.Waived, c.Lifecycle);
        Assert.Equal(("Không còn phù hợp", Now), (c.ClosingReason, c.ClosedTime));
        Assert.Equal(Now, c.ClosedAt());
        Assert.Equal("COMMITMENT_CLOSED", Refused(() => c.Cancel("again", Now)).Reason);
        Assert.Equal("COMMITMENT_CLOSED", Refused(() => c.ReportProgress("x", 1, [], null, null, "a", "c", Now)).Reason);
    }

    [Fact]
    public void A_withdrawn_commitment_takes_no_move()
    {
        var c = Open();
        c.Withdraw("nhập nhầm", Now);
        Assert.Equal("WITHDRAWN", Refused(() => c.ReportProgress("x", 1, [], null, null, "a", "c", Now)).Reason);
        Assert.Equal("WITHDRAWN", Refused(() => c.Cancel("r", Now)).Reason);
    }
}
