using System.Collections.Concurrent;
using System.Diagnostics;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data;
using CoopRegistry.Data.Audit;
using CoopRegistry.EndToEnd.Tests.Auth;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using Date = Google.Type.Date;

namespace CoopRegistry.EndToEnd.Tests.Reliability;

/// <summary>
/// Crash safety under a sustained write load: several clients create commitments and report progress,
/// each write with its own request_id and retried with the same one until acknowledged, while the
/// registry process is SIGKILLed and restarted, and (`./coop crash-test`, on a cluster of its own) the
/// PostgreSQL server is stopped with `pg_ctl stop -m immediate` and restarted. Afterwards every
/// acknowledged write is present exactly once, no write is there twice, and the audit chain verifies.
/// The suite runs a short version (registry kills only: the shared test cluster must stay up).
/// </summary>
public class CrashSafetyTests(StackFixture stack, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    private const string Source = "directives/vn30-tb-ket-luan-le-thanh-2025-08-29";
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("COOP_CRASH_ROUNDS"), out var n) ? n : 2;

    /// <summary>The command `./coop crash-test` gives to stop and start the database ("… stop", "… start"); unset in the suite.</summary>
    private static readonly string? DatabaseControl = Environment.GetEnvironmentVariable("COOP_CRASH_PG");

    private readonly ConcurrentBag<(string Kind, string Key)> acknowledged = [];
    private readonly ConcurrentDictionary<StatusCode, int> retries = new();

    [Fact]
    public async Task Every_acknowledged_write_survives_kills_exactly_once_and_the_chain_verifies()
    {
        var client = TokenRequests.DevClients.Single(c => c.ClientId == "vn30-so-ngoai-vu");
        var token = await TokenRequests.AccessTokenAsync(stack.TokenUrl, client);
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(i => Task.Run(() => WriteAsync(i, token, stop.Token))).ToList();

        var registryKills = 0;
        var databaseKills = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await UnderLoadAsync();
            await stack.KillAndRestartRegistryAsync();
            registryKills++;
            if (DatabaseControl is not null)
            {
                await UnderLoadAsync();
                await ControlDatabaseAsync("stop");
                await Task.Delay(TimeSpan.FromSeconds(2));
                await ControlDatabaseAsync("start");
                databaseKills++;
            }
        }
        await UnderLoadAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        await using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(stack.ConnectionString).Options);
        var tasks = await Counts(db, "SELECT task AS key, count(*)::int AS n FROM registry.commitments WHERE task LIKE 'crash %' GROUP BY task");
        var reports = await Counts(db, "SELECT narrative AS key, count(*)::int AS n FROM registry.progress_reports WHERE narrative LIKE 'crash %' GROUP BY narrative");
        var acked = acknowledged.ToList();
        var found = acked.Count(a => (a.Kind == "create" ? tasks : reports).GetValueOrDefault(a.Key) == 1);
        var duplicates = tasks.Values.Count(c => c > 1) + reports.Values.Count(c => c > 1);
        var chain = await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var broken = chain.Where((e, i) => e.Sequence != i + 1
            || !e.PreviousHash.SequenceEqual(i == 0 ? AuditChain.Genesis : chain[i - 1].Hash)
            || !e.Hash.SequenceEqual(AuditChain.HashOf(e))).Count();

        var report = $"crash test: registry SIGKILLs {registryKills}, PostgreSQL immediate stops {databaseKills}; "
            + $"writes acknowledged {acked.Count} ({acked.Count(a => a.Kind == "create")} creates, {acked.Count(a => a.Kind == "report")} progress reports), "
            + $"found exactly once {found}, lost {acked.Count - found}, duplicates {duplicates}, retried calls {string.Join(", ", retries.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}; "
            + $"audit chain {chain.Count} entries, broken links {broken}";
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("COOP_CRASH_REPORT") is { Length: > 0 } file)
            await File.WriteAllTextAsync(file, report + Environment.NewLine);

        Assert.True(acked.Count > 0, report);
        Assert.Equal(acked.Count, found);
        Assert.Equal(0, duplicates);
        Assert.Equal(0, broken);
    }

    /// <summary>Waits until the clients have had 12 more writes acknowledged (at most a minute), so every kill lands under load.</summary>
    private async Task UnderLoadAsync()
    {
        var target = acknowledged.Count + 12;
        var clock = Stopwatch.StartNew();
        while (acknowledged.Count < target && clock.Elapsed < TimeSpan.FromMinutes(1))
            await Task.Delay(100);
    }

    /// <summary>One client: create a commitment, report progress on it, again; every call retried with its request_id until acknowledged.</summary>
    private async Task WriteAsync(int writer, string token, CancellationToken stop)
    {
        using var channel = stack.Channel(token);
        var commitments = new CommitmentService.CommitmentServiceClient(channel);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var task = $"crash {writer}-{n} {Guid.NewGuid():N}";
            var createId = Guid.NewGuid().ToString();
            var created = await UntilAcknowledged(() => commitments.CreateCommitmentAsync(new CreateCommitmentRequest
            {
                RequestId = createId,
                Commitment = new Commitment
                {
                    Source = new CommitmentSource { Record = Source, Section = "mục 3" },
                    LeadAgency = "agencies/vn30-so-ngoai-vu",
                    ResponsiblePerson = "Giám đốc Sở Ngoại vụ",
                    Task = task,
                    Deliverable = "Báo cáo",
                    Deadline = new Deadline { OnOrBefore = new Date { Year = 2026, Month = 12, Day = 31 } },
                    ApprovingAuthority = "agencies/vn30-ubnd",
                },
            }, deadline: DateTime.UtcNow.AddSeconds(15)).ResponseAsync, stop);
            if (created is null)
                return;
            acknowledged.Add(("create", task));

            var narrative = $"crash report {writer}-{n} {Guid.NewGuid():N}";
            var reportId = Guid.NewGuid().ToString();
            var reported = await UntilAcknowledged(() => commitments.ReportProgressAsync(new ReportProgressRequest
            {
                Name = created.Commitment.Name,
                RequestId = reportId,
                Report = new ProgressReport { Narrative = narrative, PercentComplete = 10 },
            }, deadline: DateTime.UtcNow.AddSeconds(15)).ResponseAsync, stop);
            if (reported is null)
                return;
            acknowledged.Add(("report", narrative));
        }
    }

    /// <summary>The call's response once it succeeds; null if stopped first. Only transport and availability errors are retried.</summary>
    private async Task<T?> UntilAcknowledged<T>(Func<Task<T>> call, CancellationToken stop) where T : class
    {
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown
                or StatusCode.DeadlineExceeded or StatusCode.Cancelled or StatusCode.Aborted)
            {
                retries.AddOrUpdate(e.StatusCode, 1, (_, count) => count + 1);
                // Giving up only at the end of the run: a write whose answer was lost is then neither
                // acknowledged nor counted (it may or may not be stored, at most once).
                if (stop.IsCancellationRequested)
                    return null;
                await Task.Delay(200, CancellationToken.None);
            }
        }
    }

    private static async Task<Dictionary<string, int>> Counts(RegistryDbContext db, string sql)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    private static async Task ControlDatabaseAsync(string action)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"{DatabaseControl} {action}"]))!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
