using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Date = Google.Type.Date;
using Model = CoopRegistry.Domain.Commitments.Commitment;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>
/// A hand-made history of commitments under one directive, written through the record store at
/// chosen instants in April–July 2026 (its clock set per write), so reports now and as of past
/// instants can be checked against numbers worked out by hand in <see cref="FulfilmentReportTests"/>.
/// Leads: A = Sở Ngoại vụ, B = Sở Công Thương, C = Sở Tài chính. Period May–June 2026. c3 reports
/// 50 % progress on 06-05 (a report changes no figure; the lists show it).
/// </summary>
public sealed class FulfilmentDataset : RegistryFixture
{
    public const string A = "vn30-so-ngoai-vu", B = "vn30-so-cong-thuong", C = "vn30-so-tai-chinh";

    public static readonly DateTime Created = Utc(2026, 4, 1, 2);

    public string Directive { get; private set; } = "";

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public FulfilmentScope Scope(DateTime? asOf = null)
    {
        var scope = new FulfilmentScope { HomeProvince = "provinces/VN-30", Source = Directive, PeriodStart = Day(2026, 5, 1), PeriodEnd = Day(2026, 6, 30) };
        if (asOf is { } at)
            scope.AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(at);
        return scope;
    }

    public FulfilmentService.FulfilmentServiceClient Client(Caller caller) => new(ChannelWith(TestTokens.For(caller)));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var directives = new DirectiveService.DirectiveServiceClient(Channel);
        Directive = (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            DirectiveId = "vn-30-fulfilment-notice",
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = Day(2026, 3, 20),
                Issuer = "agencies/vn30-ubnd",
                Subject = "Kết luận giao nhiệm vụ (bộ dữ liệu kiểm thử báo cáo thực hiện)",
                Sources = { new SourceReference { Document = "test", Section = "§1" } },
            },
        })).Directive.Name;
        var directiveId = Directive["directives/".Length..];

        // Created 2026-04-01 02:00Z unless said.
        await CreateAsync("c1", A, true, "chậm nhất ngày 10/5/2026", directiveId, partner: "KH-16");
        await CreateAsync("c2", A, true, "chậm nhất ngày 20/5/2026", directiveId);
        await CreateAsync("c3", A, true, "chậm nhất ngày 10/6/2026", directiveId, partner: "KH-16");
        await CreateAsync("c4", B, false, "chậm nhất ngày 30/6/2026", directiveId);
        await CreateAsync("c5", B, false, "dự kiến trong tháng 6/2026", directiveId);
        await CreateAsync("c6", B, false, "chậm nhất ngày 31/5/2026", directiveId);
        await CreateAsync("c7", C, false, "chậm nhất ngày 05/6/2026", directiveId, at: Utc(2026, 7, 1, 3));
        await CreateAsync("c8", C, false, "chậm nhất ngày 14/6/2026", directiveId);
        await CreateAsync("c9", A, false, "chậm nhất ngày 15/7/2026", directiveId);
        await CreateAsync("c10", A, false, "chậm nhất ngày 15/5/2026", directiveId);
        await CreateAsync("r1", A, false, "trước ngày 20 hằng tháng", directiveId, start: new DateOnly(2026, 5, 1));
        await CreateAsync("r2", B, false, "định kỳ hằng tháng", directiveId, start: new DateOnly(2026, 5, 1), partner: "KH-16");

        await ChangeAsync("c1", Utc(2026, 5, 8, 3), (c, now) => c.RequestCompletion(new DateOnly(2026, 5, 8), "Đã hoàn thành", [], now));
        await ChangeAsync("c1", Utc(2026, 5, 9, 3), (c, now) => c.AcceptCompletion("vn30-ubnd", now));
        await ChangeAsync("c6", Utc(2026, 5, 15, 3), (c, now) => c.Cancel("Không còn phù hợp", now));
        await ReportAsync("r1", Utc(2026, 5, 18, 3), new DateOnly(2026, 5, 1));
        await ChangeAsync("c2", Utc(2026, 5, 25, 3), (c, now) => c.RequestCompletion(new DateOnly(2026, 5, 25), "Xong muộn", [], now));
        await ChangeAsync("c10", Utc(2026, 6, 1, 3), (c, now) => c.Withdraw("Nhập trùng", now));
        await ReportAsync("c3", Utc(2026, 6, 5, 3), new DateOnly(2026, 6, 1));
        await ChangeAsync("c2", Utc(2026, 6, 20, 3), (c, now) => c.AcceptCompletion("vn30-ubnd", now));
        await ChangeAsync("c4", Utc(2026, 6, 20, 4), (c, _) =>
        {
            c.Deadline = DeadlineParser.Parse("chậm nhất ngày 31/8/2026");
            CommitmentRules.KeepDeadlineFacts(c, null);
        });
        await ReportAsync("r1", Utc(2026, 6, 25, 3), new DateOnly(2026, 6, 1));
        await ChangeAsync("c8", Utc(2026, 6, 25, 3), (c, now) => c.Waive("Đã có chủ trương khác", now));
    }

    private async Task WithStoreAsync(DateTime at, Func<RecordStore, Task> action)
    {
        using var scope = Factory.Services.CreateScope();
        var store = new RecordStore(scope.ServiceProvider.GetRequiredService<RegistryDbContext>(), new FixedClock(at), scope.ServiceProvider.GetRequiredService<EtagSeal>());
        await action(store);
    }

    private Task CreateAsync(string id, string lead, bool key, string deadline, string directiveId, DateTime? at = null, DateOnly? start = null, string? partner = null) =>
        WithStoreAsync(at ?? Created, async store =>
        {
            var commitment = new Model
            {
                Id = id,
                HomeProvinceCode = "VN-30",
                SourceCollection = "directives",
                SourceId = directiveId,
                LeadAgencyId = lead,
                Task = $"Nhiệm vụ {id}",
                Deadline = DeadlineParser.Parse(deadline),
                KeyTask = key,
                PartnerProvinceCodes = partner is null ? [] : [partner],
                StartDate = start ?? new DateOnly(2026, 4, 1),
            };
            CommitmentRules.Normalize(commitment, HomeTime.Today(store.Now));
            await store.CreateAsync(commitment, TestCallers.ForeignAffairs, null, CancellationToken.None);
        });

    private Task ChangeAsync(string id, DateTime at, Action<Model, DateTime> change) =>
        WithStoreAsync(at, async store =>
        {
            var commitment = await store.GetForChangeAsync<Model>(Model.CollectionName, id, null, TestCallers.ForeignAffairs, CancellationToken.None);
            change(commitment, store.Now);
            await store.SaveAsync(commitment, TestCallers.ForeignAffairs, CancellationToken.None);
        });

    private Task ReportAsync(string id, DateTime at, DateOnly periodStart) =>
        WithStoreAsync(at, async store =>
        {
            var commitment = await store.GetForChangeAsync<Model>(Model.CollectionName, id, null, TestCallers.ForeignAffairs, CancellationToken.None);
            store.AddPart(commitment.ReportProgress("Đã báo cáo", 50, [], periodStart, null, commitment.LeadAgencyId, "dofa", store.Now));
            await store.SaveAsync(commitment, TestCallers.ForeignAffairs, CancellationToken.None);
        });

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}
