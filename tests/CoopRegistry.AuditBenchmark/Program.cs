using System.Diagnostics;
using System.Globalization;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Date = Google.Type.Date;

namespace CoopRegistry.AuditBenchmark;

/// <summary>
/// Write throughput with the audit chain on, against the same registry without its AuditInterceptor:
/// N concurrent clients calling CreateCommitment for a fixed time, rounds alternating on/off on fresh
/// databases cloned from the template. Client and registry share this machine's CPUs; the figures
/// are for comparing the two modes in one run, not absolute capacity.
/// </summary>
public static class AuditThroughput
{
    public static async Task<int> Main(string[] args)
    {
        var clients = Option("--clients", 8);
        var seconds = Option("--seconds", 10);
        var rounds = Option("--rounds", 2);
        Console.WriteLine($"audit throughput: {clients} concurrent clients, {seconds} s per run, {rounds} rounds; {Environment.ProcessorCount} CPUs; load average {LoadAverage()}");

        var results = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        for (var round = 1; round <= rounds; round++)
            foreach (var audit in new[] { true, false })
            {
                var rate = await MeasureAsync(audit);
                results[audit].Add(rate);
                Console.WriteLine($"round {round}, audit {(audit ? "on " : "off")}: {rate,8:F1} creates/s");
            }
        var on = results[true].Average();
        var off = results[false].Average();
        Console.WriteLine($"mean: audit on {on:F1} creates/s, audit off {off:F1} creates/s, ratio on/off {on / off:P0}; load average now {LoadAverage()}");
        return 0;

        async Task<double> MeasureAsync(bool audit)
        {
            var database = new ClassDatabase();
            await database.InitializeAsync();
            try
            {
                await using var registry = new BenchRegistry(database.ConnectionString, audit);
                using var channel = GrpcChannel.ForAddress(registry.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = registry.Server.CreateHandler() });
                var headers = new Metadata { { "Authorization", $"Bearer {BenchTokens.ForeignAffairs()}" } };
                var directive = (await new DirectiveService.DirectiveServiceClient(channel).CreateDirectiveAsync(new CreateDirectiveRequest
                {
                    DirectiveId = "vn-30-bench",
                    Directive = new Directive
                    {
                        Kind = DirectiveKind.ConclusionNotice,
                        IssueDate = new Date { Year = 2025, Month = 8, Day = 29 },
                        Issuer = "agencies/vn30-ubnd",
                        Signer = "Lê Huy Vũ",
                        SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                        Subject = "Đo thông lượng ghi",
                        Summary = "Benchmark",
                    },
                }, headers)).Directive.Name;
                var commitments = new CommitmentService.CommitmentServiceClient(channel);
                async Task CreateAsync(string task) => await commitments.CreateCommitmentAsync(new CreateCommitmentRequest
                {
                    RequestId = Guid.NewGuid().ToString(),
                    Commitment = new Commitment
                    {
                        Source = new CommitmentSource { Record = directive, Section = "mục 1" },
                        LeadAgency = "agencies/vn30-so-cong-thuong",
                        ResponsiblePerson = "Giám đốc Sở Công Thương",
                        Task = task,
                        Deliverable = "Báo cáo",
                        Deadline = new Deadline { OnOrBefore = new Date { Year = 2027, Month = 6, Day = 30 } },
                        ApprovingAuthority = "agencies/vn30-ubnd",
                    },
                }, headers);

                for (var i = 0; i < 20; i++)
                    await CreateAsync($"warm-up {i}");
                var created = 0L;
                var clock = Stopwatch.StartNew();
                var until = TimeSpan.FromSeconds(seconds);
                await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
                {
                    for (var n = 0; clock.Elapsed < until; n++)
                    {
                        await CreateAsync($"client {client} task {n}");
                        Interlocked.Increment(ref created);
                    }
                }));
                var rate = created / clock.Elapsed.TotalSeconds;

                // The chain must be whole after concurrent writers (and empty of them without the interceptor).
                await using var db = database.CreateContext();
                var written = await db.Set<AuditEntry>().CountAsync(e => e.Method == "/coopregistry.v1.CommitmentService/CreateCommitment");
                if (written != (audit ? created + 20 : 0))
                    throw new InvalidOperationException($"audit {(audit ? "on" : "off")}: {written} create entries for {created + 20} creates");
                return rate;
            }
            finally
            {
                await database.DisposeAsync();
            }
        }

        int Option(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
    }
}
