using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Fulfilment;
using static CoopRegistry.Server.Tests.Fulfilment.SummaryDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// The report from the counts the database keeps (FulfilmentSummary) against the report from the
/// rows, over a generated dataset, for callers, scopes, periods and instants; then again after
/// creates, updates, progress reports, closings and withdrawals (before and after the fold), so a
/// write the triggers miss shows as a difference.
/// </summary>
public class FulfilmentSummaryTests(SummaryDataset data) : IClassFixture<SummaryDataset>
{
    private static readonly DateTime Writes = Generated.AddMinutes(20);
    private static readonly DateTime[] Instants =
    [
        Generated.AddHours(1),
        new(2026, 6, 19, 16, 59, 59, DateTimeKind.Utc), // the last second before 20/6 local: "before the 20th" and 19/6 not yet overdue
        new(2026, 6, 19, 17, 0, 0, DateTimeKind.Utc),
        new(2026, 6, 25, 16, 59, 59, DateTimeKind.Utc), // the last second of 25/6 local: "no later than the 25th" not yet missed
        new(2026, 6, 25, 17, 0, 0, DateTimeKind.Utc),
        new(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc), // July begins locally
        new(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc), // 2027 begins locally
        new(2027, 2, 1, 3, 0, 0, DateTimeKind.Utc),
    ];
    private static readonly (DateOnly Start, DateOnly End)[] Periods =
    [
        (new(2026, 1, 1), new(2026, 12, 31)),
        (new(2026, 5, 1), new(2026, 6, 30)),
        (new(2026, 6, 19), new(2026, 6, 19)),
        (new(2025, 12, 15), new(2026, 2, 10)),
        (new(2024, 3, 5), new(2027, 11, 20)),
    ];
    private static readonly Caller[] Callers = [TestCallers.Auditor, TestCallers.ForeignAffairs, TestCallers.Ratanakiri, TestCallers.LangSon];

    private readonly HashSet<string> seen = [];

    [Fact]
    public async Task The_kept_counts_answer_as_the_rows_do_before_and_after_every_kind_of_write()
    {
        var lead = await data.BusiestLeadAsync();
        await AssertSameEverywhereAsync(lead, "generated");

        var dated = await data.OpenAsync(recurring: false, 7);
        var recurring = await data.OpenAsync(recurring: true, 4);
        await WriteAsync(dated, recurring);
        await AssertSameEverywhereAsync(lead, "written");
        // A report as of an instant before a progress report it would count reads the rows.
        Assert.Null(await SummaryAsync(TestCallers.Auditor, Scope(null, null, Periods[0]), Writes.AddMinutes(-10)));

        Assert.True(await FulfilmentFold.RunAsync(data.ConnectionString, CancellationToken.None) >= 0);
        await AssertSameEverywhereAsync(lead, "folded");

        // The comparisons meant something: every figure was met somewhere.
        Assert.Superset(new HashSet<string> { "DoneOnTime", "DoneLate", "Overdue", "NotYetDue", "Open", "Cancelled", "Waived", "Met", "MetLate", "Missed", "Pending" }, seen);
    }

    private async Task AssertSameEverywhereAsync(string lead, string phase)
    {
        foreach (var caller in Callers)
            foreach (var (partner, agency) in new (string?, string?)[] { (null, null), ("KH-16", null), (null, lead), ("KH-16", lead) })
                foreach (var period in Periods)
                    await AssertSameAsync(caller, Scope(partner, agency, period), Instants[0], phase);
        foreach (var at in Instants)
            foreach (var period in Periods)
            {
                await AssertSameAsync(TestCallers.Auditor, Scope(null, null, period), at, phase);
                await AssertSameAsync(TestCallers.ForeignAffairs, Scope("LA-AT", null, period), at, phase);
            }
    }

    private static FulfilmentScope Scope(string? partner, string? agency, (DateOnly Start, DateOnly End) period) =>
        new("VN-30", agency, partner, null, null, period.Start, period.End);

    private async Task AssertSameAsync(Caller caller, FulfilmentScope scope, DateTime at, string phase)
    {
        var (rows, report) = await data.WithStoreAsync(at, async (store, _) =>
        {
            using var rowScope = RowScope.Use(RowScope.For(caller));
            var query = new FulfilmentQuery(store);
            return (await query.ComputeFromRowsAsync(caller, scope, null, false, CancellationToken.None),
                await query.ComputeAsync(caller, scope, null, false, CancellationToken.None));
        });
        var what = $"{phase}: {caller.ClientId}, {scope}, at {at:O}";
        Assert.True(Text(rows) == Text(report), $"{what}\nrows:\n{Text(rows)}\nreport:\n{Text(report)}");
        if (FulfilmentSummary.Serves(caller, scope, null, false))
        {
            var summary = await SummaryAsync(caller, scope, at);
            Assert.True(summary is not null, $"{what}: the counts did not serve");
            Assert.True(Text(rows) == Text(summary!), $"{what}\nrows:\n{Text(rows)}\nsummary:\n{Text(summary!)}");
        }
        foreach (var bucket in Enum.GetValues<FulfilmentBucket>().Where(b => rows.Total[b].Count > 0))
            seen.Add(bucket.ToString());
        foreach (var month in rows.Recurring)
            foreach (var (name, figure) in new[] { ("Met", month.Met), ("MetLate", month.MetLate), ("Missed", month.Missed), ("Pending", month.Pending) })
                if (figure.Count > 0)
                    seen.Add(name);
    }

    private Task<FulfilmentResult?> SummaryAsync(Caller caller, FulfilmentScope scope, DateTime at) =>
        data.WithStoreAsync(at, async (_, db) =>
        {
            using var rowScope = RowScope.Use(RowScope.For(caller));
            return await FulfilmentSummary.ComputeAsync(db, scope, at, CancellationToken.None);
        });

    private static string Text(FulfilmentResult result) => string.Join('\n', [
        Figures("total", result.Total),
        Figures("key tasks", result.KeyTasks),
        .. result.ByLeadAgency.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Figures(a.Key, a.Value)),
        .. result.Recurring.Select(m => $"{m.Period:yyyy-MM}: due {m.Due.Count}, met {m.Met.Count}, late {m.MetLate.Count}, missed {m.Missed.Count}, pending {m.Pending.Count}"),
    ]);

    private static string Figures(string name, FulfilmentFigures figures) =>
        $"{name}: {figures.Total.Count} = " + string.Join(", ", Enum.GetValues<FulfilmentBucket>().Select(b => $"{b} {figures[b].Count}"));

    /// <summary>Creates, reports, completions, closings, a withdrawal and moved deadlines, lead agencies and partners.</summary>
    private async Task WriteAsync(List<string> dated, List<string> recurring)
    {
        var at = Writes;
        await data.CreateAsync(at, "s1", "chậm nhất ngày 19/6/2026", new(2026, 6, 1), partner: "KH-16", key: true);
        await data.CreateAsync(at, "s2", "dự kiến trong tháng 6/2026", new(2026, 6, 1));
        await data.CreateAsync(at, "s3", "trước ngày 20 hằng tháng", new(2026, 1, 1), partner: "LA-AT");
        await data.CreateAsync(at, "s4", "hằng năm", new(2025, 1, 1));
        await data.CreateAsync(at, "s5", "chậm nhất ngày 25 hằng tháng", new(2026, 3, 1), end: new(2026, 9, 30));
        await data.CreateAsync(at, "s6", "chậm nhất ngày 31/12/2026", new(2026, 6, 1), partner: "LA-AT");
        await data.ReportAsync(at, "s3", new(2026, 1, 1), new(2026, 3, 31));
        await data.ReportAsync(at, "s3", new(2026, 6, 1));
        await data.ReportAsync(at, "s4", new(2026, 1, 1), new(2026, 12, 31));
        await data.ReportAsync(at, "s5", new(2026, 7, 1));
        await data.ReportAsync(at, recurring[1], new(2026, 5, 1), new(2026, 6, 30));
        var today = new DateOnly(2026, 6, 10);
        await data.ChangeAsync(at, "s1", (c, now) => c.RequestCompletion(today, "Xong", [], now));
        await data.ChangeAsync(at, "s1", (c, now) => c.AcceptCompletion("vn30-ubnd", now));
        await data.ChangeAsync(at, dated[0], (c, now) => c.RequestCompletion(today, "Xong", [], now));
        await data.ChangeAsync(at, dated[0], (c, now) => c.AcceptCompletion("vn30-ubnd", now));
        await data.ChangeAsync(at, dated[1], (c, now) => c.Cancel("Không còn phù hợp", now));
        await data.ChangeAsync(at, dated[2], (c, now) => c.Waive("Đã có chủ trương khác", now));
        await data.ChangeAsync(at, dated[3], (c, now) => c.Withdraw("Nhập trùng", now));
        await data.ChangeAsync(at, dated[4], (c, _) =>
        {
            c.Deadline = Domain.Deadlines.DeadlineParser.Parse("chậm nhất ngày 15/3/2027");
            Domain.Commitments.CommitmentRules.KeepDeadlineFacts(c, null);
        });
        await data.ChangeAsync(at, dated[5], (c, _) => c.LeadAgencyId = "vn30-so-tai-chinh");
        await data.ChangeAsync(at, dated[6], (c, _) => c.PartnerProvinceCodes = ["KH-16", "LA-AT"]);
        await data.ChangeAsync(at, recurring[0], (c, now) => c.Cancel("Không còn phù hợp", now));
        await data.ChangeAsync(at, recurring[2], (c, now) => c.RequestCompletion(today, "Xong", [], now));
        await data.ChangeAsync(at, recurring[2], (c, now) => c.AcceptCompletion("vn30-ubnd", now));
        await data.ChangeAsync(at, recurring[3], (c, now) => c.Withdraw("Nhập trùng", now));
        await data.ChangeAsync(at, "s3", (c, _) => c.StartDate = new(2025, 11, 1));
    }
}
