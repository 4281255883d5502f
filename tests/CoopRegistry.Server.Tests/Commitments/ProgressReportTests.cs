using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Commitments.LifecycleFixture;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>Progress reports through gRPC: a retried report is recorded once, even when retries race; reports page newest first.</summary>
public class ProgressReportTests(LifecycleFixture registry) : LifecycleTestBase(registry), IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task A_retried_report_is_recorded_once()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        var requestId = Guid.NewGuid().ToString();
        var first = await coordinator.ReportProgressAsync(Progress(c, 30, requestId: requestId));
        Registry.Clock.Now = At("2026-05-15T04:00:00Z");
        var retried = await coordinator.ReportProgressAsync(Progress(c, 30, requestId: requestId));
        Assert.Equal(first.Report, retried.Report);
        // Two retries racing record one report too.
        var raceId = Guid.NewGuid().ToString();
        var raced = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (await coordinator.ReportProgressAsync(Progress(c, 60, requestId: raceId))).Report.Name;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
            {
                return "aborted";
            }
        }));
        var reports = (await focal.ListProgressReportsAsync(new ListProgressReportsRequest { Parent = c.Name })).Reports;
        Assert.Equal(2, reports.Count);
        Assert.All(raced.Where(name => name != "aborted"), name => Assert.Equal(reports[0].Name, name));
        // The same request id for another commitment is refused, not silently answered.
        var other = await CreateAsync();
        await RpcAssert.InvalidFieldAsync("request_id", async () => await coordinator.ReportProgressAsync(Progress(other, 30, requestId: requestId)));
    }

    [Fact]
    public async Task Progress_reports_page_newest_first()
    {
        Registry.Clock.Now = At("2026-05-15T03:00:00Z");
        var c = await CreateAsync();
        for (var i = 1; i <= 5; i++)
        {
            Registry.Clock.Now = At("2026-05-15T03:00:00Z").AddMinutes(i);
            await lead.ReportProgressAsync(Progress(c, i * 10, $"Báo cáo lần {i}"));
        }
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await focal.ListProgressReportsAsync(new ListProgressReportsRequest { Parent = c.Name, PageSize = 2, PageToken = token });
            Assert.True(page.Reports.Count <= 2);
            seen.AddRange(page.Reports.Select(r => r.Narrative));
            token = page.NextPageToken;
        }
        while (token != "");
        Assert.Equal(["Báo cáo lần 5", "Báo cáo lần 4", "Báo cáo lần 3", "Báo cáo lần 2", "Báo cáo lần 1"], seen);
        await RpcAssert.InvalidFieldAsync("page_token", async () => await focal.ListProgressReportsAsync(new ListProgressReportsRequest { Parent = c.Name, PageToken = "nonsense" }));
    }
}
