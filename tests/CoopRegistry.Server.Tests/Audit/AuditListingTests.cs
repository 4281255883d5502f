using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>ListAuditEntries and GetRecordHistory: filters, pages that neither skip nor repeat, bad input named, auditors only.</summary>
public class AuditListingTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>, IAsyncLifetime
{
    private Commitment first = null!;
    private Commitment second = null!;
    private DateTimeOffset secondTime;

    public async Task InitializeAsync()
    {
        // Entry times never go back along the chain: a day past the last entry (each test writes its own), a day apart.
        var last = (await registry.EntriesAsync()).Max(e => e.Time);
        registry.Clock.Now = new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)).AddDays(1);
        first = await registry.CreateAsync(registry.Complete("Khảo sát tuyến đường Lệ Thanh"));
        var changed = first.Clone();
        changed.Deliverable = "Báo cáo khảo sát gửi UBND tỉnh";
        await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = changed, UpdateMask = new FieldMask { Paths = { "deliverable" } } });
        await registry.Client(TestCallers.Department).ReportProgressAsync(new ReportProgressRequest
        {
            Name = first.Name,
            Report = new ProgressReport { Narrative = "Đã khảo sát", PercentComplete = 30 },
        });
        registry.Clock.Now = secondTime = registry.Clock.Now.AddDays(1);
        second = await registry.CreateAsync(registry.Complete("Hội nghị xúc tiến đầu tư Attapeu"));
        registry.Clock.Now = registry.Clock.Now.AddDays(1);
        await registry.CreateAsync(registry.Complete("Đoàn công tác Stung Treng"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_record_filter_returns_the_record_and_its_parts_in_order()
    {
        var entries = (await registry.Auditor().ListAuditEntriesAsync(new ListAuditEntriesRequest { Record = first.Name })).Entries;
        // Created, its deliverable updated, a progress report created, and the commitment updated by that report.
        Assert.Equal(
            [AuditLogEntry.Types.Change.Created, AuditLogEntry.Types.Change.Updated, AuditLogEntry.Types.Change.Created, AuditLogEntry.Types.Change.Updated],
            entries.Select(e => e.Change));
        Assert.Equal(entries.Select(e => e.Sequence).Order(), entries.Select(e => e.Sequence));
        Assert.Equal(first.Name, entries[0].Record);
        Assert.Equal("", entries[0].Parent);
        Assert.Equal(("dofa", "agencies/vn30-so-ngoai-vu", "/coopregistry.v1.CommitmentService/CreateCommitment"), (entries[0].Client, entries[0].Agency, entries[0].Method));
        Assert.Null(entries[0].Before);
        Assert.Equal("Khảo sát tuyến đường Lệ Thanh", entries[0].After.Fields["Task"].StringValue);
        Assert.True(Guid.TryParse(entries[0].RequestId, out _));
        Assert.Equal("Báo cáo kết quả gửi UBND tỉnh", entries[1].Before.Fields["Deliverable"].StringValue);
        Assert.Equal("Báo cáo khảo sát gửi UBND tỉnh", entries[1].After.Fields["Deliverable"].StringValue);
        Assert.StartsWith(first.Name + "/progressReports/", entries[2].Record, StringComparison.Ordinal);
        Assert.Equal((first.Name, "industry"), (entries[2].Parent, entries[2].Client));
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.Equal((first.Name, "industry", 1.0), (entries[3].Record, entries[3].Client, entries[3].After.Fields["ReportCount"].NumberValue));

        var history = (await registry.Auditor().GetRecordHistoryAsync(new GetRecordHistoryRequest { Name = first.Name })).Entries;
        Assert.Equal(entries, history);
    }

    [Fact]
    public async Task Agency_client_and_time_filters_keep_only_their_entries()
    {
        var auditor = registry.Auditor();
        var byAgency = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Agency = "agencies/vn30-so-cong-thuong" })).Entries;
        Assert.All(byAgency, e => Assert.Equal("agencies/vn30-so-cong-thuong", e.Agency));
        Assert.Contains(byAgency, e => e.Parent == first.Name);
        Assert.DoesNotContain(byAgency, e => e.Record == second.Name);

        var byClient = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Client = "dofa", PageSize = 1000 })).Entries;
        Assert.True(byClient.Count >= 4);
        Assert.All(byClient, e => Assert.Equal("dofa", e.Client));
        Assert.NotEmpty((await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Client = "seed" })).Entries);

        var inWindow = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            StartTime = Timestamp.FromDateTimeOffset(secondTime),
            EndTime = Timestamp.FromDateTimeOffset(secondTime.AddHours(1)),
        })).Entries;
        Assert.Equal(second.Name, Assert.Single(inWindow).Record);

        var all = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Record = first.Name })).Entries;
        var after = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Record = first.Name, AfterSequence = all[0].Sequence })).Entries;
        Assert.Equal(all.Skip(1), after);
    }

    [Fact]
    public async Task Pages_neither_skip_nor_repeat_an_entry()
    {
        var auditor = registry.Auditor();
        var whole = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1000 })).Entries.Select(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, whole.Count).Select(i => (long)i), whole);

        var paged = new List<long>();
        var request = new ListAuditEntriesRequest { PageSize = 7 };
        var pages = 0;
        do
        {
            var page = await auditor.ListAuditEntriesAsync(request);
            Assert.True(page.Entries.Count <= 7);
            paged.AddRange(page.Entries.Select(e => e.Sequence));
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken.Length > 0);
        Assert.True(pages > 1);
        Assert.Equal(whole, paged.Take(whole.Count));
        Assert.Equal(paged.Distinct(), paged);

        var history = new List<long>();
        var historyRequest = new GetRecordHistoryRequest { Name = first.Name, PageSize = 1 };
        do
        {
            var page = await auditor.GetRecordHistoryAsync(historyRequest);
            history.AddRange(page.Entries.Select(e => e.Sequence));
            historyRequest.PageToken = page.NextPageToken;
        }
        while (historyRequest.PageToken.Length > 0);
        Assert.Equal(4, history.Count);
        Assert.Equal(history.Order().Distinct(), history);
    }

    [Fact]
    public async Task Bad_input_is_invalid_argument_naming_the_field()
    {
        var auditor = registry.Auditor();
        await RpcAssert.InvalidFieldAsync("agency", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Agency = "vn30-so-ngoai-vu" }));
        await RpcAssert.InvalidFieldAsync("record", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { Record = "not a name" }));
        await RpcAssert.InvalidFieldAsync("end_time", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest
        {
            StartTime = Timestamp.FromDateTimeOffset(secondTime),
            EndTime = Timestamp.FromDateTimeOffset(secondTime.AddDays(-1)),
        }));
        await RpcAssert.InvalidFieldAsync("start_time", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { StartTime = new Timestamp { Seconds = long.MaxValue } }));
        await RpcAssert.InvalidFieldAsync("after_sequence", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { AfterSequence = -1 }));
        await RpcAssert.InvalidFieldAsync("page_size", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = -1 }));
        await RpcAssert.InvalidFieldAsync("page_token", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageToken = "garbage" }));
        var token = (await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1 })).NextPageToken;
        await RpcAssert.InvalidFieldAsync("page_token", async () => await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 1, Client = "dofa", PageToken = token }));
        await RpcAssert.InvalidFieldAsync("name", async () => await auditor.GetRecordHistoryAsync(new GetRecordHistoryRequest()));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await auditor.GetRecordHistoryAsync(new GetRecordHistoryRequest { Name = "commitments/never-was" }));
    }

    [Fact]
    public async Task Only_auditors_read_the_log_verify_it_or_sign_checkpoints()
    {
        foreach (var caller in new[] { TestCallers.ForeignAffairs, TestCallers.Department, TestCallers.Ratanakiri, TestCallers.Administrator })
        {
            var client = new AuditService.AuditServiceClient(registry.ChannelWith(TestTokens.For(caller)));
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await client.ListAuditEntriesAsync(new ListAuditEntriesRequest()));
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await client.GetRecordHistoryAsync(new GetRecordHistoryRequest { Name = first.Name }));
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await client.VerifyAuditChainAsync(new VerifyAuditChainRequest()));
            await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await client.CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest()));
        }
    }
}
