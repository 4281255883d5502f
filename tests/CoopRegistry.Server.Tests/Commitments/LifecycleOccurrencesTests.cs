using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>A recurring obligation ("báo cáo trước ngày 20 hằng tháng"): each month met, met late or missed by the reports received, as the clock moves.</summary>
public class LifecycleOccurrencesTests(LifecycleFixture registry) : IClassFixture<LifecycleFixture>
{
    private readonly CommitmentService.CommitmentServiceClient focal = registry.Client(FocalPoint);
    private readonly CommitmentService.CommitmentServiceClient lead = registry.Client(Lead);

    private Task<ReportProgressResponse> ReportAsync(Commitment c, int month) =>
        lead.ReportProgressAsync(new ReportProgressRequest
        {
            Name = c.Name,
            Report = new ProgressReport { Narrative = $"Báo cáo tháng {month}", PercentComplete = 0, PeriodStart = Day(2026, month, 1) },
        }).ResponseAsync;

    private async Task<Commitment> GetAsync(Commitment c) => (await focal.GetCommitmentAsync(new GetCommitmentRequest { Name = c.Name })).Commitment;

    [Fact]
    public async Task Each_month_is_met_met_late_or_missed()
    {
        registry.Clock.Now = At("2026-03-05T03:00:00Z");
        var request = Commitment(MonthlyBefore(20), "monthly");
        request.StartDate = Day(2026, 3, 1);
        var c = (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request })).Commitment;
        Assert.Equal((OccurrenceState.Pending, Day(2026, 3, 19)), (Assert.Single(c.Occurrences).State, c.Occurrences[0].LastDay));

        registry.Clock.Now = At("2026-03-10T03:00:00Z");
        var march = await ReportAsync(c, 3);
        Assert.Equal((OccurrenceState.Met, march.Report.Name), (march.Commitment.Occurrences[0].State, march.Commitment.Occurrences[0].Report));

        // April: nothing by 19/4 local; at 00:00 on 20/4 local it is missed.
        registry.Clock.Now = At("2026-04-19T16:59:59Z");
        Assert.Equal(OccurrenceState.Pending, (await GetAsync(c)).Occurrences[1].State);
        registry.Clock.Now = At("2026-04-19T17:00:00Z");
        var missed = await GetAsync(c);
        Assert.Equal([OccurrenceState.Met, OccurrenceState.Missed], missed.Occurrences.Select(o => o.State));
        // Never overdue as a whole.
        Assert.Equal(CommitmentState.InProgress, missed.State);

        // A late April report turns missed into met late; May goes by without one.
        registry.Clock.Now = At("2026-05-25T03:00:00Z");
        var april = await ReportAsync(c, 4);
        var occurrences = april.Commitment.Occurrences;
        Assert.Equal([Day(2026, 3, 1), Day(2026, 4, 1), Day(2026, 5, 1)], occurrences.Select(o => o.Period));
        Assert.Equal([OccurrenceState.Met, OccurrenceState.MetLate, OccurrenceState.Missed], occurrences.Select(o => o.State));
        Assert.Equal(april.Report.Name, occurrences[1].Report);
        Assert.Equal("", occurrences[2].Report);
        Assert.Equal(CommitmentState.InProgress, april.Commitment.State);

        // The listing shows the same occurrences.
        var listed = (await focal.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "tags:\"monthly\"" })).Commitments.Single();
        Assert.Equal(occurrences, listed.Occurrences);
    }

    [Fact]
    public async Task Cancelling_stops_the_months()
    {
        registry.Clock.Now = At("2026-03-05T03:00:00Z");
        var request = Commitment(MonthlyBefore(20), "monthly-cancelled");
        request.StartDate = Day(2026, 3, 1);
        var c = (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request })).Commitment;
        registry.Clock.Now = At("2026-04-10T03:00:00Z");
        await focal.CancelCommitmentAsync(new CancelCommitmentRequest { Name = c.Name, Reason = "Gộp vào báo cáo quý" });
        registry.Clock.Now = At("2026-08-01T03:00:00Z");
        var cancelled = await GetAsync(c);
        Assert.Equal([OccurrenceState.Missed, OccurrenceState.Pending], cancelled.Occurrences.Select(o => o.State));
    }
}
