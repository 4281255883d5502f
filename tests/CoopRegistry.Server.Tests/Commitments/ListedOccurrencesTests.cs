using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>
/// A page of commitments reads its recurring ones' reports apart from its rows (one query for the
/// page's, CommitmentOccurrences): each listed commitment's occurrences are its Get's, judged from its
/// own reports and no other row's, on every page of the listing. A page that read them another way
/// (in its own statement, tried 2026-12-07) was held to this test.
/// </summary>
public class ListedOccurrencesTests(LifecycleFixture registry) : LifecycleTestBase(registry), IClassFixture<LifecycleFixture>
{
    private const string Tag = "listed-occurrences";

    [Fact]
    public async Task Each_listed_recurring_commitment_is_judged_by_its_own_reports_on_every_page()
    {
        Registry.Clock.Now = At("2026-03-05T03:00:00Z");
        var both = await MonthlyAsync();
        var april = await MonthlyAsync();
        var none = await MonthlyAsync();
        await CreateAsync(OnOrBefore(2026, 6, 30), Tag);
        Registry.Clock.Now = At("2026-03-10T03:00:00Z");
        await ReportAsync(both, 3);
        Registry.Clock.Now = At("2026-04-10T03:00:00Z");
        await ReportAsync(april, 4);
        Registry.Clock.Now = At("2026-04-25T03:00:00Z");
        await ReportAsync(both, 4);
        Registry.Clock.Now = At("2026-05-25T03:00:00Z");

        // Two a page: the rows' reports on each page, and the token after a row that carries them.
        var listed = new List<Commitment>();
        var token = "";
        do
        {
            var page = await auditor.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"tags:\"{Tag}\"", PageSize = 2, PageToken = token });
            listed.AddRange(page.Commitments);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(4, listed.Count);
        foreach (var commitment in listed)
            Assert.Equal((await auditor.GetCommitmentAsync(new GetCommitmentRequest { Name = commitment.Name })).Commitment, commitment);
        Assert.Equal([OccurrenceState.Met, OccurrenceState.MetLate, OccurrenceState.Missed], States(listed, both));
        Assert.Equal([OccurrenceState.Missed, OccurrenceState.Met, OccurrenceState.Missed], States(listed, april));
        Assert.Equal([OccurrenceState.Missed, OccurrenceState.Missed, OccurrenceState.Missed], States(listed, none));
        Assert.All(listed.SelectMany(c => c.Occurrences.Where(o => o.Report.Length > 0), (c, o) => (c.Name, o.Report)),
            pair => Assert.StartsWith(pair.Name + "/progressReports/", pair.Report, StringComparison.Ordinal));
        Assert.Empty(listed.Single(c => c.Deadline.OnOrBefore is not null).Occurrences);
    }

    private static List<OccurrenceState> States(List<Commitment> listed, Commitment commitment) =>
        [.. listed.Single(c => c.Name == commitment.Name).Occurrences.Select(o => o.State)];

    private async Task<Commitment> MonthlyAsync()
    {
        var request = Commitment(MonthlyBefore(20), Tag);
        request.StartDate = Day(2026, 3, 1);
        return (await focal.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = request, RequestId = Guid.NewGuid().ToString() })).Commitment;
    }

    private Task<ReportProgressResponse> ReportAsync(Commitment commitment, int month) =>
        lead.ReportProgressAsync(new ReportProgressRequest
        {
            Name = commitment.Name,
            Report = new ProgressReport { Narrative = $"Báo cáo tháng {month}", PercentComplete = 0, PeriodStart = Day(2026, month, 1) },
        }).ResponseAsync;
}
