using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// The commitment lifecycle through gRPC: progress, completion asked for, returned, accepted;
/// cancel and waive; every refused move; who may make each move; on time or late at the edge.
/// </summary>
public class LifecycleTests(LifecycleFixture registry) : LifecycleTestBase(registry), IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Reported_asked_returned_asked_again_accepted()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var created = await CreateAsync();
        Assert.Equal(CommitmentState.NotStarted, created.State);

        var reported = await coordinator.ReportProgressAsync(Progress(created, 40));
        Assert.Equal($"{created.Name}/progressReports/1", reported.Report.Name);
        Assert.Equal(("agencies/vn30-so-tai-chinh", "finance"), (reported.Report.ReporterAgency, reported.Report.ReporterClient));
        Assert.Equal((Day(2026, 5, 1), Day(2026, 5, 31)), (reported.Report.PeriodStart, reported.Report.PeriodEnd));
        Assert.Equal((CommitmentState.InProgress, 40), (reported.Commitment.State, reported.Commitment.PercentComplete));
        Assert.Equal(reported.Report.ReportTime, reported.Commitment.LastReportTime);

        var asked = (await lead.RequestCompletionAsync(new RequestCompletionRequest
        {
            Name = created.Name,
            Etag = reported.Commitment.Etag,
            CompletedDate = Day(2026, 5, 14),
            Note = "Đã gửi báo cáo",
            Evidence = { "https://gialai.gov.vn/bao-cao/2" },
        })).Commitment;
        Assert.Equal((CommitmentState.InProgress, CompletionState.Requested), (asked.State, asked.Completion.State));
        Assert.Equal((Day(2026, 5, 14), "Đã gửi báo cáo"), (asked.Completion.CompletedDate, asked.Completion.Note));

        var returned = (await authority.ReturnCompletionAsync(new ReturnCompletionRequest { Name = created.Name, Etag = asked.Etag, Reason = "Thiếu số liệu tháng 5" })).Commitment;
        Assert.Equal((CommitmentState.InProgress, CompletionState.Returned), (returned.State, returned.Completion.State));
        Assert.Equal(("Thiếu số liệu tháng 5", "agencies/vn30-ubnd"), (returned.Completion.ReturnReason, returned.Completion.DecidedBy));

        await coordinator.ReportProgressAsync(Progress(created, 90, "Bổ sung số liệu"));
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = created.Name, CompletedDate = Day(2026, 5, 15) });
        Registry.Clock.Now = At("2026-05-20T03:00:00Z");
        var done = (await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = created.Name })).Commitment;
        Assert.Equal((CommitmentState.DoneOnTime, CompletionState.Accepted, 100), (done.State, done.Completion.State, done.PercentComplete));
        Assert.Equal((Day(2026, 5, 15), "agencies/vn30-ubnd", ""), (done.Completion.CompletedDate, done.Completion.DecidedBy, done.Completion.ReturnReason));
        Assert.Equal(done, (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment);

        var reports = await ListAsAuditorAsync(created.Name);
        Assert.Equal([$"{created.Name}/progressReports/2", $"{created.Name}/progressReports/1"], reports.Select(r => r.Name));
        Assert.Equal("Bổ sung số liệu", reports[0].Narrative);
    }

    private async Task<List<ProgressReport>> ListAsAuditorAsync(string name) =>
        [.. (await auditor.ListProgressReportsAsync(new ListProgressReportsRequest { Parent = name })).Reports];

    [Fact]
    public async Task Refused_moves_are_failed_precondition_with_their_reason()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        Assert.Equal("COMPLETION_NOT_REQUESTED", await ReasonAsync(StatusCode.FailedPrecondition,
            async () => await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name })));
        Assert.Equal("COMPLETION_NOT_REQUESTED", await ReasonAsync(StatusCode.FailedPrecondition,
            async () => await authority.ReturnCompletionAsync(new ReturnCompletionRequest { Name = c.Name, Reason = "x" })));
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name });
        Assert.Equal("COMPLETION_ALREADY_REQUESTED", await ReasonAsync(StatusCode.FailedPrecondition,
            async () => await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name })));
        await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name });

        var moves = new Func<Task>[]
        {
            async () => await coordinator.ReportProgressAsync(Progress(c, 10)),
            async () => await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name }),
            async () => await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name }),
            async () => await authority.ReturnCompletionAsync(new ReturnCompletionRequest { Name = c.Name, Reason = "x" }),
            async () => await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = c.Name, Reason = "x" }),
            async () => await authority.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = c.Name, Reason = "x" }),
        };
        foreach (var move in moves)
            Assert.Equal("COMMITMENT_CLOSED", await ReasonAsync(StatusCode.FailedPrecondition, move));
    }

    [Fact]
    public async Task Bad_input_names_its_field()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        await RpcAssert.InvalidFieldAsync("report.narrative", async () => await lead.ReportProgressAsync(Progress(c, 10, narrative: " ")));
        await RpcAssert.InvalidFieldAsync("report.percent_complete", async () => await lead.ReportProgressAsync(Progress(c, 101)));
        var backwards = Progress(c, 10);
        backwards.Report.PeriodStart = Day(2026, 5, 10);
        backwards.Report.PeriodEnd = Day(2026, 5, 1);
        await RpcAssert.InvalidFieldAsync("report.period_end", async () => await lead.ReportProgressAsync(backwards));
        // 16/5 is tomorrow in Gia Lai (10:00 on 15/5 local).
        await RpcAssert.InvalidFieldAsync("completed_date", async () => await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name, CompletedDate = Day(2026, 5, 16) }));
        await RpcAssert.InvalidFieldAsync("reason", async () => await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = c.Name, Reason = " " }));
        await RpcAssert.InvalidFieldAsync("reason", async () => await authority.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = c.Name }));
        await RpcAssert.InvalidFieldAsync("request_id", async () => await lead.ReportProgressAsync(Progress(c, 10, requestId: "not-a-uuid")));
        await RpcAssert.InvalidFieldAsync("name", async () => await lead.ReportProgressAsync(new ReportProgressRequest { Name = "plans/x" }));
        var unchanged = (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = c.Name })).Commitment;
        Assert.Equal((CommitmentState.NotStarted, c.Etag), (unchanged.State, unchanged.Etag));
    }

    [Fact]
    public async Task Who_may_make_each_move()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        // A coordinator reports but does not ask for completion.
        await coordinator.ReportProgressAsync(Progress(c, 20));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await coordinator.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name }));
        // A partner that is no party to it does not see it; an auditor writes nothing.
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.ReportProgressAsync(Progress(c, 30)));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.ListProgressReportsAsync(new ListProgressReportsRequest { Parent = c.Name }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.ReportProgressAsync(Progress(c, 30)));
        // The authority does not report; the lead does not cancel.
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await authority.ReportProgressAsync(Progress(c, 30)));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await lead.CancelCommitmentAsync(new CancelCommitmentRequest { Name = c.Name, Reason = "x" }));

        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name });
        // The lead does not accept its own completion, nor waive it; the coordinator does not decide.
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await lead.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await lead.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = c.Name, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await coordinator.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name }));
        // The focal point accepts for an authority that has no client.
        var done = (await focal.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name })).Commitment;
        Assert.Equal(("agencies/vn30-so-ngoai-vu", CommitmentState.DoneOnTime), (done.Completion.DecidedBy, done.State));
    }

    [Fact]
    public async Task The_lead_that_is_its_own_authority_still_does_not_accept()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var request = Commitment(OnOrBefore(2026, 6, 30), "own");
        request.ApprovingAuthority = "agencies/vn30-so-cong-thuong";
        var c = (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request })).Commitment;
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name });
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await lead.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name }));
    }

    [Theory]
    [InlineData("2026-06-30T16:59:59Z", CommitmentState.InProgress)] // 23:59:59 on 30/6 local
    [InlineData("2026-06-30T17:00:00Z", CommitmentState.Overdue)] // 00:00 on 1/7 local
    public async Task Overdue_from_local_midnight_after_the_last_day(string now, CommitmentState expected)
    {
        Registry.Clock.Now = At("2026-06-01T03:00:00Z");
        var c = await CreateAsync(OnOrBefore(2026, 6, 30));
        await lead.ReportProgressAsync(Progress(c, 50));
        Registry.Clock.Now = At(now);
        Assert.Equal(expected, (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = c.Name })).Commitment.State);
    }

    [Theory]
    [InlineData("2026-06-30T16:59:59Z", CommitmentState.DoneOnTime)] // asked on 30/6 local: completed that day
    [InlineData("2026-06-30T17:00:00Z", CommitmentState.DoneLate)] // asked on 1/7 local
    public async Task Done_on_time_or_late_by_the_local_day_it_was_completed(string askedAt, CommitmentState expected)
    {
        Registry.Clock.Now = At("2026-06-01T03:00:00Z");
        var c = await CreateAsync(OnOrBefore(2026, 6, 30));
        Registry.Clock.Now = At(askedAt);
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name });
        Registry.Clock.Now = At("2026-07-10T03:00:00Z");
        var done = (await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name })).Commitment;
        Assert.Equal(expected, done.State);
        // Stays so, whatever the clock says later.
        Registry.Clock.Now = At("2027-01-01T00:00:00Z");
        Assert.Equal(expected, (await auditor.GetCommitmentAsync(new GetCommitmentRequest { Name = c.Name })).Commitment.State);
    }

    [Fact]
    public async Task A_late_completion_stated_as_done_before_the_deadline_is_on_time()
    {
        Registry.Clock.Now = At("2026-07-05T03:00:00Z");
        var c = await CreateAsync(OnOrBefore(2026, 6, 30));
        Assert.Equal(CommitmentState.Overdue, c.State);
        await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name, CompletedDate = Day(2026, 6, 30) });
        Assert.Equal(CommitmentState.DoneOnTime, (await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name })).Commitment.State);
    }

    [Fact]
    public async Task Cancelled_and_waived_with_their_reasons()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var cancelled = (await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = (await CreateAsync()).Name, Reason = "Nhiệm vụ đã được giao cho đơn vị khác" })).Commitment;
        Assert.Equal((CommitmentState.Cancelled, "Nhiệm vụ đã được giao cho đơn vị khác"), (cancelled.State, cancelled.ClosingReason));
        var waived = (await authority.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = (await CreateAsync()).Name, Reason = "Không còn phù hợp" })).Commitment;
        Assert.Equal((CommitmentState.Waived, "Không còn phù hợp"), (waived.State, waived.ClosingReason));
        var byFocal = (await focal.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = (await CreateAsync()).Name, Reason = "Theo chỉ đạo của UBND tỉnh" })).Commitment;
        Assert.Equal(CommitmentState.Waived, byFocal.State);
        // Overdue no longer: the clock does not reopen them.
        Registry.Clock.Now = At("2026-09-01T00:00:00Z");
        Assert.Equal(CommitmentState.Cancelled, (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = cancelled.Name })).Commitment.State);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_changes_nothing()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        var after = (await lead.ReportProgressAsync(Progress(c, 10))).Commitment;
        Assert.NotEqual(c.Etag, after.Etag);
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name, Etag = c.Etag }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = c.Name, Etag = c.Etag, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await authority.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = c.Name, Etag = c.Etag, Reason = "x" }));
        var asked = (await lead.RequestCompletionAsync(new RequestCompletionRequest { Name = c.Name, Etag = after.Etag })).Commitment;
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name, Etag = after.Etag }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await authority.ReturnCompletionAsync(new ReturnCompletionRequest { Name = c.Name, Etag = after.Etag, Reason = "x" }));
        Assert.Equal(CompletionState.Requested, (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = c.Name })).Commitment.Completion.State);
        await authority.AcceptCompletionAsync(new AcceptCompletionRequest { Name = c.Name, Etag = asked.Etag });
    }
}
