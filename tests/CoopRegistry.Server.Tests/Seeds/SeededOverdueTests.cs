using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Seeding;
using CoopRegistry.Server.Tests.Commitments;
using CoopRegistry.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Server.Tests.Seeds;

/// <summary>The repository's seeds migrated into a database of their own, and the registry on it with a settable clock.</summary>
public sealed class SeededRegistry : ClassDatabase
{
    public SettableClock Clock { get; } = new(DateTimeOffset.UnixEpoch);

    public RegistryFactory Factory { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Migrate runs as the owner, as `./coop up` runs it; the registry under test runs as the app role.
        await using (var owner = new RegistryFactory(ConnectionString))
        await using (var scope = owner.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<RegistrySeeding>().MigrateAndSeedAsync(RepositoryPaths.Seeds, CancellationToken.None);
        Factory = new RegistryFactory(AppConnectionString, services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    public CommitmentService.CommitmentServiceClient Auditor() => new(RegistryFixture.ChannelTo(Factory, TestTokens.For(TestCallers.Auditor)));
}

/// <summary>
/// Which seeded commitments the registry says are overdue on Sunday 6 December 2026 (Asia/Ho_Chi_Minh).
/// The expected list is a reading of the documents, not the registry's output: every task with a firm
/// dated deadline before that day (none is reported done in the seeds), and none of the others —
/// tentative ("dự kiến"), soft ("ngay sau dịp …"), after or until an event, ongoing, undated, or
/// recurring (never overdue as a whole: each month or year is met or missed on its own).
/// </summary>
public class SeededOverdueTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    // 6/12/2026 09:00 local is 02:00 UTC.
    private static readonly DateTimeOffset Sunday = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);

    private static readonly string[] OverdueByReading =
    [
        "commitments/vn09-dd26-04-sap-xep-to-chuc-bo-may", // trước ngày 20/5/2026
        "commitments/vn09-dd26-05-quy-dinh-nen-tang-cua-khau-so", // chậm nhất ngày 30/6/2026
        "commitments/vn09-dd26-08-danh-gia-phoi-hop-6-thang", // chậm nhất ngày 30/6/2026
        "commitments/vn09-dd26-11-de-xuat-sua-nghi-dinh-35", // chậm nhất ngày 30/5/2026
        "commitments/vn09-dd26-13-sua-chua-trang-tri-cua-khau", // chậm nhất ngày 31/8/2026
        "commitments/vn09-dd26-14-duong-dt236-loc-binh-chi-ma", // trong quý II/2026
        "commitments/vn09-dd26-15-lich-hop-duong-pac-luong-tan-thanh", // trước ngày 15/5/2026
        "commitments/vn30-lt25-08-van-ban-gui-ratanakiri", // chậm nhất ngày 05/9/2025
        "commitments/vn30-lt26-04-ket-noi-cung-cau-3-tinh", // trong tháng 5 năm 2026
        "commitments/vn30-nq59-08-ke-hoach-nam-lao-dong-bac-campuchia", // "cha4m nhét ngay 21/9/2025"
        "commitments/vn30-nq59-17-nguyen-tac-hop-tac-xa-bien-gioi", // "trong thang 9/2025"
    ];

    [Fact]
    public async Task The_commitments_overdue_on_6_December_2026_are_those_the_documents_date_before_it()
    {
        registry.Clock.Now = Sunday;

        var overdue = await NamesAsync("state = COMMITMENT_STATE_OVERDUE");

        Assert.Equal(OverdueByReading, overdue.Order(StringComparer.Ordinal));
        // The same answer through the date filter: overdue at the end of that local day.
        Assert.Equal(OverdueByReading, (await NamesAsync("overdue_on = 2026-12-06")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Recurring_duties_owe_their_periods_from_the_first_full_one_after_the_notice()
    {
        registry.Clock.Now = Sunday;
        var auditor = registry.Auditor();
        async Task<Commitment> Get(string id) => (await auditor.GetCommitmentAsync(new GetCommitmentRequest { Name = "commitments/" + id })).Commitment;

        // Monthly meetings with enterprises (29/8/2025): September 2025 to November 2026 missed, December pending; no August.
        var meetings = (await Get("vn30-lt25-06-gap-go-doanh-nghiep-hang-thang")).Occurrences;
        Assert.Equal(16, meetings.Count);
        Assert.Equal(new Google.Type.Date { Year = 2025, Month = 9, Day = 1 }, meetings[0].Period);
        Assert.Equal(15, meetings.Count(o => o.State == OccurrenceState.Missed));
        Assert.Equal(OccurrenceState.Pending, meetings[^1].State);
        // Reports before the 20th (11/5/2026): June to November missed, December's not due until the 19th.
        var reports = (await Get("vn30-lt26-18-bao-cao-thang-so-cong-thuong")).Occurrences;
        Assert.Equal([6, 7, 8, 9, 10, 11, 12], reports.Select(o => o.Period.Month));
        Assert.Equal(OccurrenceState.Pending, reports[^1].State);
        // The yearly culture and sport events (12/9/2025): 2026 is the first year, due by 31/12/2026.
        var events = Assert.Single((await Get("vn30-nq59-04-su-kien-van-hoa-the-thao-quoc-te")).Occurrences);
        Assert.Equal((OccurrenceState.Pending, new Google.Type.Date { Year = 2026, Month = 12, Day = 31 }), (events.State, events.PeriodEnd));
        // Simplified clearance until the digital border gate is built: open, never overdue.
        var untilBuilt = await Get("vn30-lt26-10-don-gian-thu-tuc-thong-quan");
        Assert.Equal(CommitmentState.NotStarted, untilBuilt.State);
        Assert.Equal("hoàn thành việc xây dựng cửa khẩu số", untilBuilt.Deadline.UntilEvent);
    }

    private async Task<List<string>> NamesAsync(string filter)
    {
        var auditor = registry.Auditor();
        var names = new List<string>();
        var token = "";
        do
        {
            var page = await auditor.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = filter, PageSize = 100, PageToken = token });
            names.AddRange(page.Commitments.Select(c => c.Name));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return names;
    }
}
