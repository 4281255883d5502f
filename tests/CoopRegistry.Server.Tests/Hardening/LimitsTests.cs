using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Listing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Npgsql;
using static CoopRegistry.Server.Tests.Hardening.LimitedRegistry;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// The limits of issue 9: message size, page size on every List method, text and list lengths
/// named by field, call deadlines reaching the database, per-client rate limits and open streams,
/// all answered with gRPC statuses (INVALID_ARGUMENT, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED).
/// </summary>
public class LimitsTests(LimitedRegistry registry) : IClassFixture<LimitedRegistry>
{
    public static TheoryData<string> ListMethods() =>
        [.. ContractMethods.All.Where(m => m.InputType.FindFieldByName("page_size") is not null).Select(ContractMethods.Path)];

    [Theory]
    [MemberData(nameof(ListMethods))]
    public async Task Every_list_method_refuses_a_negative_page_size_and_clamps_a_huge_one(string path)
    {
        var method = ContractMethods.Find(path);
        var caller = Client($"paging-{method.Name}", method.Service.Name switch
        {
            "AdminService" => TestCallers.Administrator,
            "AuditService" => TestCallers.Auditor,
            _ => TestCallers.ForeignAffairs,
        });
        using var channel = registry.ChannelFor(caller);
        var parent = RecordField(method) is null ? null : await ParentForAsync(method);

        var negative = Request(method, -1, parent);
        var status = await RpcAssert.InvalidFieldAsync("page_size", async () => await Invoke(channel, method, negative));
        Assert.Contains("negative", status.Description);

        // (The clients live in the token service's tables, which this database does not have.)
        if (method.Service.Name == "AdminService")
            return;
        var huge = Request(method, int.MaxValue, parent);
        var (code, _, _) = await ContractMethods.CallAsync(channel, method, huge);
        Assert.Equal(StatusCode.OK, code);
        Assert.Equal(1000, PageSize.Resolve(int.MaxValue));
    }

    [Fact]
    public async Task A_full_page_is_clamped_to_the_maximum()
    {
        // ListProvinces has fewer rows than the maximum; a page of max+1 asks for all of them and gets no next page.
        var directory = new DirectoryService.DirectoryServiceClient(registry.ChannelFor(Client("paging-clamp")));
        var all = await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = PageSize.Max + 1 });
        Assert.InRange(all.Provinces.Count, 1, PageSize.Max);
        Assert.Empty(all.NextPageToken);
    }

    [Fact]
    public async Task Text_and_list_fields_over_their_limits_are_refused_naming_the_field()
    {
        var commitments = registry.Commitments(Client("lengths"));
        async Task Create(Commitment c) => await commitments.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = c });

        // The commitment's own rules (2,000 for the task, 4,000 for texts, 100 for a tag)…
        await RpcAssert.InvalidFieldAsync("commitment.task", () => Create(registry.Complete(new string('x', 2001))));
        var longDeliverable = registry.Complete();
        longDeliverable.Deliverable = new string('y', 4001);
        await RpcAssert.InvalidFieldAsync("commitment.deliverable", () => Create(longDeliverable));
        var longTag = registry.Complete();
        longTag.Tags.Add("ok");
        longTag.Tags.Add(new string('t', 101));
        await RpcAssert.InvalidFieldAsync("commitment.tags[1]", () => Create(longTag));

        // …and the limits every request has (10,000 characters a text, 200 items a list, no NUL), for fields without a rule of their own.
        var longSource = registry.Complete();
        longSource.Sources.Add(new SourceReference { Document = new string('s', 10_001), Section = "1" });
        var violation = await RpcAssert.InvalidFieldAsync("commitment.sources[0].document", () => Create(longSource));
        Assert.Contains("10000", violation.Description);
        var manyTags = registry.Complete();
        manyTags.Tags.AddRange(Enumerable.Range(0, 201).Select(i => $"tag-{i}"));
        await RpcAssert.InvalidFieldAsync("commitment.tags", () => Create(manyTags));
        var nul = registry.Complete("Nhiệm vụ\0có NUL");
        violation = await RpcAssert.InvalidFieldAsync("commitment.task", () => Create(nul));
        Assert.Contains("NUL", violation.Description);

        var update = new UpdateCommitmentRequest
        {
            Commitment = new Commitment { Name = "commitments/c-none", Deliverable = new string('d', 10_001) },
            UpdateMask = new FieldMask { Paths = { "deliverable" } },
        };
        await RpcAssert.InvalidFieldAsync("commitment.deliverable", async () => await commitments.UpdateCommitmentAsync(update));
        await RpcAssert.InvalidFieldAsync("filter", async () =>
            await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = new string('"', 10_001) }));
        var agreements = new AgreementService.AgreementServiceClient(registry.ChannelFor(Client("lengths")));
        var manyParties = Agreements.Agreements.New("Quá nhiều bên");
        manyParties.Parties.AddRange(Enumerable.Range(0, 200).Select(_ => new Party { Province = "provinces/LA-AT", Role = PartyRole.Signatory }));
        await RpcAssert.InvalidFieldAsync("agreement.parties", async () => await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = manyParties }));

        // At the limits is accepted and stored as sent.
        var atLimit = registry.Complete(new string('z', 2000));
        atLimit.Description = new string('w', 4000);
        atLimit.Tags.AddRange(Enumerable.Range(0, 200).Select(i => $"tag-{i}"));
        var created = (await commitments.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = atLimit })).Commitment;
        Assert.Equal(atLimit.Task, created.Task);
        Assert.Equal(atLimit.Description, created.Description);
        Assert.Equal(200, created.Tags.Count);
    }

    [Fact]
    public async Task A_message_over_4_MiB_is_refused_with_RESOURCE_EXHAUSTED_and_a_1_MiB_chunk_fits()
    {
        var commitments = registry.Commitments(Client("size"));
        var huge = registry.Complete();
        huge.Description = new string('m', 5 * 1024 * 1024);
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await commitments.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = huge }));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);

        // A document chunk (1 MiB) is well under the limit: the stream reaches the service, which judges the content.
        var agreements = new AgreementService.AgreementServiceClient(registry.ChannelFor(Client("size")));
        using var upload = agreements.UploadDocument();
        await ClientStreams.SendAsync(upload, new UploadDocumentRequest { Chunk = ByteString.CopyFrom(new byte[1024 * 1024]) });
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await upload.ResponseAsync);
        Assert.NotEqual(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.NotEqual(StatusCode.Internal, refused.StatusCode);
    }

    [Fact]
    public async Task A_call_deadline_cancels_its_database_work_and_answers_DEADLINE_EXCEEDED()
    {
        var before = await registry.AuditSequenceAsync();
        var logged = registry.Logs.Lines.Count;
        // Another transaction locks the audit's pending entries, so every write waits before its commit.
        await using var blocker = new NpgsqlConnection(registry.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("LOCK TABLE registry.audit_pending IN SHARE MODE", blocker, transaction))
            await hold.ExecuteNonQueryAsync();

        var commitments = registry.Commitments(Client("hurried"));
        var call = $"hurried-{Guid.NewGuid():N}";
        var started = DateTime.UtcNow;
        var error = await Assert.ThrowsAsync<RpcException>(async () => await commitments.CreateCommitmentAsync(
            new CreateCommitmentRequest { Commitment = registry.Complete("Ghi khi sổ đang bị khóa") },
            new Metadata { { AnsweredStatuses.CallHeader, call } }, DateTime.UtcNow.AddSeconds(2)));
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the call returned near its deadline, not after a hang");
        // The registry's own answer, which the caller no longer waited for: its deadline's, or CANCELLED had the
        // caller's reset reached it before its clock reached the deadline; never a bug.
        Assert.Contains((await registry.Answers.OfAsync(call)).Code, new StatusCode?[] { StatusCode.DeadlineExceeded, StatusCode.Cancelled });
        Assert.DoesNotContain(registry.Logs.Lines.Skip(logged), l => l.Message.Contains("failed with a bug"));

        // The registry's own statement waiting for the lock is cancelled while the lock is still held.
        var waiting = -1L;
        for (var attempt = 0; attempt < 100 && waiting != 0; attempt++)
        {
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'", blocker, transaction);
            waiting = (long)(await count.ExecuteScalarAsync())!;
            if (waiting != 0)
                await Task.Delay(100);
        }
        Assert.Equal(0, waiting);
        await transaction.RollbackAsync();
        Assert.Equal(before, await registry.AuditSequenceAsync());
    }

    private static async Task Invoke(Grpc.Net.Client.GrpcChannel channel, Google.Protobuf.Reflection.MethodDescriptor method, IMessage request)
    {
        var (_, _, error) = await ContractMethods.CallAsync(channel, method, request);
        if (error is not null)
            throw error;
    }

    private static IMessage Request(Google.Protobuf.Reflection.MethodDescriptor method, int pageSize, string? parent)
    {
        var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
        method.InputType.FindFieldByName("page_size").Accessor.SetValue(request, pageSize);
        if (parent is not null)
            RecordField(method)!.Accessor.SetValue(request, parent);
        if (method.InputType.FindFieldByName("within_days") is { } days)
            days.Accessor.SetValue(request, 30);
        return request;
    }

    /// <summary>The field naming the record a list is of: its parent, or the record whose history is listed.</summary>
    private static Google.Protobuf.Reflection.FieldDescriptor? RecordField(Google.Protobuf.Reflection.MethodDescriptor method) =>
        method.InputType.FindFieldByName("parent") ?? (method.Name == "GetRecordHistory" ? method.InputType.FindFieldByName("name") : null);

    private async Task<string> ParentForAsync(Google.Protobuf.Reflection.MethodDescriptor method) => method.Name switch
    {
        "GetRecordHistory" => (await registry.CreateAsync(registry.Complete("Có lịch sử"))).Name,
        "ListProgressReports" => (await registry.CreateAsync(registry.Complete("Có báo cáo tiến độ"))).Name,
        "ListAgreementRevisions" => (await new AgreementService.AgreementServiceClient(registry.Channel).CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận để xem lịch sử"),
        })).Agreement.Name,
        _ => throw new NotSupportedException($"{method.Name}: which parent?"),
    };
}
