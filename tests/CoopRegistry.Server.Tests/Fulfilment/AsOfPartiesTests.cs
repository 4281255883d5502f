using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using static CoopRegistry.Server.Tests.Fulfilment.FulfilmentDataset;
using Model = CoopRegistry.Domain.Commitments.Commitment;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// Issue 20: a fulfilment report as of an instant counts, for each caller, what it could see at
/// that instant (the commitment's parties then) and can still see today; nothing else. Three
/// commitments of one directive, due in June 2026, written at chosen instants:
/// p: no partner on 04-01, Ratanakiri (KH-16) added on 05-15;
/// q: Ratanakiri on 04-01, removed on 05-15, added again on 06-15;
/// r: Ratanakiri on 04-01, removed on 05-15 for good (Ratanakiri cannot see it today).
/// </summary>
public class AsOfPartiesTests(RegistryFixture registry) : IClassFixture<RegistryFixture>, IAsyncLifetime
{
    private static readonly DateTime May1 = Utc(2026, 5, 1, 0), June1 = Utc(2026, 6, 1, 0), July1 = Utc(2026, 7, 1, 0);
    private string directive = "";

    public async Task InitializeAsync()
    {
        directive = (await new DirectiveService.DirectiveServiceClient(registry.Channel).CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-ben-lien-quan-" + Guid.NewGuid().ToString("N")[..8],
            Directive = new Directive { Kind = DirectiveKind.ConclusionNotice, IssueDate = Day(2026, 3, 20), Issuer = "agencies/vn30-ubnd", Subject = "Bên liên quan theo thời điểm" },
        })).Directive.Name;
        var source = directive["directives/".Length..];
        await CreateAsync(Id("p"), source, null);
        await CreateAsync(Id("q"), source, "KH-16");
        await CreateAsync(Id("r"), source, "KH-16");
        await PartnersAsync(Id("p"), Utc(2026, 5, 15, 3), ["KH-16"]);
        await PartnersAsync(Id("q"), Utc(2026, 5, 15, 3), []);
        await PartnersAsync(Id("r"), Utc(2026, 5, 15, 3), []);
        await PartnersAsync(Id("q"), Utc(2026, 6, 15, 3), ["KH-16"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string, string, string> ByRole => new()
    {
        // role, then the commitments counted as of 05-01, 06-01, 07-01 and now.
        { "partner", "q", "p", "p q", "p q" },
        { "manage", "p q r", "p q r", "p q r", "p q r" },
        { "audit", "p q r", "p q r", "p q r", "p q r" },
        { "report", "p q r", "p q r", "p q r", "p q r" },
    };

    [Theory]
    [MemberData(nameof(ByRole))]
    public async Task As_of_figures_follow_that_instants_parties_and_never_count_what_is_hidden_today(
        string role, string may1, string june1, string july1, string now)
    {
        var caller = TestCallers.ByRole[role];
        foreach (var (at, expected) in new (DateTime?, string)[] { (May1, may1), (June1, june1), (July1, july1), (null, now) })
        {
            var named = await ReportAsync(caller, at, names: true);
            Assert.Equal(Names(expected), named.Total.Total.Commitments.Order(StringComparer.Ordinal));
            var counted = await ReportAsync(caller, at, names: false);
            Assert.Equal(expected.Split(' ').Length, counted.Total.Total.Count);
            Assert.Equal(named.ByLeadAgency.Select(a => (a.Agency, a.Figures.Total.Count)), counted.ByLeadAgency.Select(a => (a.Agency, a.Figures.Total.Count)));
        }
    }

    [Fact]
    public async Task A_record_hidden_today_leaves_no_trace_in_any_past_report()
    {
        foreach (var at in new DateTime?[] { May1, June1, July1, null })
        {
            var report = await ReportAsync(TestCallers.Ratanakiri, at, names: true);
            Assert.DoesNotContain(Id("r"), report.ToString(), StringComparison.Ordinal);
        }
    }

    private string Id(string letter) => $"{directive["directives/".Length..]}-{letter}";

    private string[] Names(string letters) => [.. letters.Split(' ').Select(l => "commitments/" + Id(l)).Order(StringComparer.Ordinal)];

    private async Task<FulfilmentReport> ReportAsync(Caller caller, DateTime? at, bool names)
    {
        var scope = new FulfilmentScope { HomeProvince = "provinces/VN-30", Source = directive, PeriodStart = Day(2026, 6, 1), PeriodEnd = Day(2026, 6, 30) };
        if (at is { } instant)
            scope.AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(instant);
        var client = new FulfilmentService.FulfilmentServiceClient(registry.ChannelWith(TestTokens.For(caller)));
        return (await client.GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = scope, IncludeCommitments = names })).Report;
    }

    private Task CreateAsync(string id, string source, string? partner) =>
        WithStoreAsync(Utc(2026, 4, 1, 2), async store =>
        {
            var commitment = new Model
            {
                Id = id,
                HomeProvinceCode = "VN-30",
                SourceCollection = "directives",
                SourceId = source,
                LeadAgencyId = "vn30-so-cong-thuong",
                Task = $"Nhiệm vụ {id}",
                Deadline = DeadlineParser.Parse("chậm nhất ngày 20/6/2026"),
                PartnerProvinceCodes = partner is null ? [] : [partner],
                StartDate = new DateOnly(2026, 4, 1),
            };
            CommitmentRules.Normalize(commitment, HomeTime.Today(store.Now));
            await store.CreateAsync(commitment, TestCallers.ForeignAffairs, null, CancellationToken.None);
        });

    private Task PartnersAsync(string id, DateTime at, List<string> partners) =>
        WithStoreAsync(at, async store =>
        {
            var commitment = await store.GetForChangeAsync<Model>(Model.CollectionName, id, null, TestCallers.ForeignAffairs, CancellationToken.None);
            commitment.PartnerProvinceCodes = partners;
            await store.SaveAsync(commitment, TestCallers.ForeignAffairs, CancellationToken.None);
        });

    private async Task WithStoreAsync(DateTime at, Func<RecordStore, Task> action)
    {
        using var scope = registry.Factory.Services.CreateScope();
        var store = new RecordStore(scope.ServiceProvider.GetRequiredService<RegistryDbContext>(), new FixedClock(at), scope.ServiceProvider.GetRequiredService<EtagSeal>());
        await action(store);
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
