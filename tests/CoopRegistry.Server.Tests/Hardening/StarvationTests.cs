using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Documents;
using Google.Protobuf;
using Google.Rpc;
using Npgsql;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20, "no one client starves the rest": one client with twenty stalled uploads and forty
/// expensive searches in flight takes neither the database's connections nor the call slots the
/// others need. Its calls past its in-flight limit are refused with RESOURCE_EXHAUSTED and a retry
/// hint; its stalled uploads hold no connection (the pool here is smaller than the uploads let in),
/// so another client's GetAgreement answers while they are still open.
/// </summary>
public class StarvationTests(StarvedRegistry registry) : IClassFixture<StarvedRegistry>
{
    private static readonly Caller Greedy = new("greedy", "vn30-so-ngoai-vu", "VN-30", new HashSet<string> { Scopes.Read, Scopes.Manage });

    /// <summary>Eight OR'ed phrases: the most a filter may search (FilterCost), each a pattern match over the text.</summary>
    private static readonly string ExpensiveFilter = string.Join(" OR ", Enumerable.Range(0, 8).Select(i => $"\"hop tac {i}\""));

    [Fact]
    public async Task Another_clients_get_answers_while_one_client_stalls_uploads_and_floods_searches()
    {
        var agreement = (await new AgreementService.AgreementServiceClient(registry.Channel).CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận nhận tài liệu"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement;
        var greedy = new AgreementService.AgreementServiceClient(registry.ChannelFor(Greedy));
        var uploads = Enumerable.Range(0, 20).Select(_ => StallAsync(greedy, agreement.Name)).ToList();
        try
        {
            // Exactly the uploads past the in-flight limit are refused: then the others hold their slots.
            var refusedUploads = await RefusedAsync(uploads.Select(u => u.ResponseAsync).ToList(), uploads.Count - StarvedRegistry.CallsInFlight);
            Assert.All(refusedUploads, AssertTooManyCalls);

            var searches = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => StatusOfAsync(greedy.ListAgreementsAsync(new ListAgreementsRequest { Filter = ExpensiveFilter }).ResponseAsync)));
            Assert.All(searches, s => AssertTooManyCalls(Assert.IsType<RpcException>(s)));

            var other = new AgreementService.AgreementServiceClient(registry.ChannelFor(TestCallers.ForeignAffairs));
            var got = (await other.GetAgreementAsync(new GetAgreementRequest { Name = agreement.Name })).Agreement;
            Assert.Equal(agreement.Name, got.Name);
            Assert.Equal(StarvedRegistry.CallsInFlight, uploads.Count(u => !u.ResponseAsync.IsCompleted));
            Assert.Equal(0, await TransactionsOpenAsync());
        }
        finally
        {
            foreach (var upload in uploads)
                upload.Dispose();
        }
    }

    [Fact]
    public async Task A_filter_costs_at_most_eight_text_searches()
    {
        var client = new AgreementService.AgreementServiceClient(registry.Channel);
        await client.ListAgreementsAsync(new ListAgreementsRequest { Filter = ExpensiveFilter });
        var violation = await RpcAssert.InvalidFieldAsync("filter",
            async () => await client.ListAgreementsAsync(new ListAgreementsRequest { Filter = ExpensiveFilter + " OR \"hop tac 9\"" }));
        Assert.Contains("text searches", violation.Description, StringComparison.Ordinal);
    }

    /// <summary>An upload that sends its metadata and a first chunk, then waits (its idle timeout is far off).</summary>
    internal static AsyncClientStreamingCall<UploadDocumentRequest, UploadDocumentResponse> StallAsync(AgreementService.AgreementServiceClient client, string agreement)
    {
        var content = new byte[2 * DocumentRules.ChunkBytes];
        "%PDF-1.7\n"u8.CopyTo(content);
        var call = client.UploadDocument(deadline: DateTime.UtcNow.AddMinutes(5));
        _ = Task.Run(async () =>
        {
            await call.RequestStream.WriteAsync(new UploadDocumentRequest
            {
                Metadata = new UploadDocumentMetadata
                {
                    Parent = agreement,
                    FileName = "ban-ky.pdf",
                    ContentType = DocumentContentTypes.Pdf,
                    SizeBytes = content.Length,
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
                    Kind = Contracts.V1.DocumentKind.SignedOriginal,
                    RequestId = Guid.NewGuid().ToString(),
                },
            });
            await call.RequestStream.WriteAsync(new UploadDocumentRequest { Chunk = ByteString.CopyFrom(content, 0, DocumentRules.ChunkBytes) });
        });
        return call;
    }

    /// <summary>Waits until <paramref name="count"/> of the calls have failed (or all have ended), and returns the failures.</summary>
    private static async Task<List<RpcException>> RefusedAsync(List<Task<UploadDocumentResponse>> calls, int count)
    {
        var pending = calls.ToList();
        var refused = new List<RpcException>();
        while (refused.Count < count && pending.Count > 0)
        {
            var ended = await Task.WhenAny(pending);
            pending.Remove(ended);
            if (await StatusOfAsync(ended) is RpcException e)
                refused.Add(e);
        }
        Assert.Equal(count, refused.Count);
        return refused;
    }

    private static async Task<Exception?> StatusOfAsync(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
    }

    private static void AssertTooManyCalls(RpcException error)
    {
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        var status = error.GetRpcStatus()!;
        Assert.Equal("TOO_MANY_CALLS", status.GetDetail<ErrorInfo>().Reason);
        Assert.True(status.GetDetail<RetryInfo>()?.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
    }

    /// <summary>Connections of the registry's database sitting in an open transaction.</summary>
    private async Task<long> TransactionsOpenAsync() => Convert.ToInt64(await registry.ScalarAsync(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'"));
}

/// <summary>A registry whose pool (six connections) is smaller than the uploads one client may have in flight (ten).</summary>
public sealed class StarvedRegistry : HardeningRegistry
{
    public const int CallsInFlight = 10;

    protected override string RegistryConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = 6, Timeout = 30 }.ConnectionString;

    protected override Dictionary<string, string?> Settings => new(base.Settings)
    {
        ["Registry:Limits:MaxCallsInFlightPerClient"] = CallsInFlight.ToString(CultureInfo.InvariantCulture),
        ["Registry:Limits:MaxStreamsPerClient"] = "50",
        ["Registry:Limits:UploadIdleTimeout"] = "00:10:00",
    };
}

/// <summary>A stalled upload is cut off after the idle timeout (one second here), storing nothing.</summary>
public class StalledUploadTests(IdleRegistry registry) : IClassFixture<IdleRegistry>
{
    [Fact]
    public async Task An_upload_that_stops_sending_is_cut_off_and_stores_nothing()
    {
        var agreements = new AgreementService.AgreementServiceClient(registry.Channel);
        var agreement = (await agreements.CreateAgreementAsync(new CreateAgreementRequest
        {
            Agreement = Agreements.Agreements.New("Thỏa thuận tải lên bị dừng"),
            RequestId = Guid.NewGuid().ToString(),
        })).Agreement;
        using var call = StarvationTests.StallAsync(agreements, agreement.Name);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("UPLOAD_IDLE", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Empty((await agreements.GetAgreementAsync(new GetAgreementRequest { Name = agreement.Name })).Agreement.Documents);
    }
}

public sealed class IdleRegistry : HardeningRegistry
{
    protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Registry:Limits:UploadIdleTimeout"] = "00:00:01" };
}
