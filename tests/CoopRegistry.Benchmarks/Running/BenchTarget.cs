using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>
/// What the benchmark runs against: the registry (typed clients with a real token from the token
/// service), its database (for the baselines: psql, pgbench, COPY) and the registry's process id
/// (for its peak memory).
/// </summary>
public sealed class BenchTarget(Uri registry, Uri tokenEndpoint, Credentials manager, Credentials auditor, PostgresTarget database, int registryPid, int clients, TimeSpan duration)
{
    public Uri Registry { get; } = registry;
    public PostgresTarget Database { get; } = database;
    public int RegistryPid { get; } = registryPid;
    /// <summary>Concurrent clients for the throughput scenarios (the same for the registry and its baseline).</summary>
    public int Clients { get; } = clients;
    public TimeSpan Duration { get; } = duration;

    /// <summary>Gia Lai's Department of Foreign Affairs (manage scope): creates.</summary>
    public IServiceProvider Manager { get; } = Connect(registry, tokenEndpoint, manager);

    /// <summary>An auditor (reads every record): reads, so that all generated rows are in reach.</summary>
    public IServiceProvider Auditor { get; } = Connect(registry, tokenEndpoint, auditor);

    public static async Task<string> TokenAsync(IServiceProvider client, CancellationToken cancellationToken) =>
        await client.GetRequiredService<AccessTokenCache>().GetAsync(cancellationToken);

    private static ServiceProvider Connect(Uri registry, Uri tokenEndpoint, Credentials credentials) => new ServiceCollection()
        .AddCoopRegistryClient(options =>
        {
            options.Address = registry;
            options.TokenEndpoint = tokenEndpoint;
            options.ClientId = credentials.ClientId;
            options.ClientSecret = credentials.Secret;
            options.DefaultDeadline = TimeSpan.FromMinutes(5);
        })
        .BuildServiceProvider();
}

public sealed record Credentials(string ClientId, string Secret);

/// <summary>The benchmark database as psql and pgbench take it, and as Npgsql does.</summary>
public sealed record PostgresTarget(string Host, int Port, string User, string Database, string BinFolder)
{
    public string Tool(string name) => Path.Combine(BinFolder, name);

    public string[] ConnectionArguments(string? database = null) => ["-h", Host, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, "-d", database ?? Database];
}
