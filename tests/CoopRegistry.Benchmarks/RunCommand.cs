using System.CommandLine;
using CoopRegistry.Benchmarks.Running;
using CoopRegistry.Benchmarks.Scenarios;

namespace CoopRegistry.Benchmarks;

/// <summary>`run`: every scenario against its baseline, one table printed and the same written as JSON.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var registry = new Option<string>("--registry") { Required = true, Description = "The registry's gRPC address (HTTP/2 without TLS)" };
        var tokenEndpoint = new Option<string>("--token-endpoint") { Required = true };
        var pgPort = new Option<int>("--pg-port") { Required = true };
        var pgUser = new Option<string>("--pg-user") { Required = true };
        var pgDatabase = new Option<string>("--pg-database") { Required = true };
        var pgBin = new Option<string>("--pg-bin") { Required = true, Description = "Folder of psql and pgbench" };
        var pid = new Option<int>("--registry-pid") { Required = true };
        var clients = new Option<int>("--clients") { DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { DefaultValueFactory = _ => 15 };
        var output = new Option<string>("--out") { DefaultValueFactory = _ => ".data/bench/result.json" };
        var devClients = new Option<string>("--dev-clients") { DefaultValueFactory = _ => "seeds/dev-clients.json", Description = "Where the development clients' secrets are" };
        var manager = new Option<string>("--manager") { DefaultValueFactory = _ => "vn30-so-ngoai-vu", Description = "Client that creates (manage scope)" };
        var auditor = new Option<string>("--auditor") { DefaultValueFactory = _ => "vn30-so-noi-vu", Description = "Client that reads (audit scope: every record)" };
        var tenth = new Option<string?>("--tenth") { Description = "The JSON of a run against a tenth of the dataset: adds each scenario's cost growth" };
        var only = new Option<int[]>("--only") { Description = "Run only these scenarios (numbers 1-7), e.g. while profiling one", AllowMultipleArgumentsPerToken = true };
        var command = new Command("run", "Measure the registry against its baselines") { registry, tokenEndpoint, pgPort, pgUser, pgDatabase, pgBin, pid, clients, seconds, output, devClients, manager, auditor, only, tenth };
        command.SetAction(async (result, cancellationToken) =>
        {
            var secrets = DevClients.Read(result.GetValue(devClients)!);
            var target = new BenchTarget(new Uri(result.GetValue(registry)!), new Uri(result.GetValue(tokenEndpoint)!),
                secrets.For(result.GetValue(manager)!), secrets.For(result.GetValue(auditor)!),
                new PostgresTarget("127.0.0.1", result.GetValue(pgPort), result.GetValue(pgUser)!, result.GetValue(pgDatabase)!, result.GetValue(pgBin)!),
                result.GetValue(pid), result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)));
            var results = new List<BenchResult>();
            var selected = result.GetValue(only) is { Length: > 0 } numbers ? numbers.ToHashSet() : null;
            // Run by number (--only): each scenario measures one or more lines of the table.
            var scenarios = new Func<BenchTarget, CancellationToken, Task<IReadOnlyList<BenchResult>>>[]
            {
                GetAgreementScenario.RunAsync, LoadScenario.RunAsync, One(CreateCommitmentScenario.RunAsync), One(PagingScenario.RunAsync),
                One(FulfilmentScenario.RunAsync), One(SearchScenario.RunAsync), One(MemoryScenario.RunAsync),
            };
            foreach (var scenario in scenarios.Where((_, i) => selected is null || selected.Contains(i + 1)))
            {
                foreach (var measured in await scenario(target, cancellationToken))
                {
                    Console.WriteLine($"measured {measured.Scenario}");
                    results.Add(measured);
                }
            }
            var (table, tenthLoad) = result.GetValue(tenth) is { } tenthJson
                ? await CostGrowth.AddAsync(results, tenthJson, cancellationToken)
                : (results, null);
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load {BenchReport.LoadAverage()}");
            if (tenthLoad is not null)
                Console.WriteLine($"growth: per-call cost here over the tenth-scale run's (load {tenthLoad} at its end), goal ≤ {CostGrowth.Goal}×");
            BenchReport.Print(table, Console.Out);
            await BenchReport.WriteJsonAsync(table, result.GetValue(output)!, tenthLoad, cancellationToken);
            return 0;
        });
        return command;
    }

    private static Func<BenchTarget, CancellationToken, Task<IReadOnlyList<BenchResult>>> One(Func<BenchTarget, CancellationToken, Task<BenchResult>> scenario) =>
        async (target, cancellationToken) => [await scenario(target, cancellationToken)];
}
