using CoopRegistry.Testing;
using Grpc.Net.Client;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>
/// The token service and the registry as separate processes on a cloned database: the token
/// service's migrate loads the development clients, the registry's the record seeds, then both serve on free loopback ports.
/// </summary>
public class StackFixture : ClassDatabase
{
    private AppProcess? identity;
    private AppProcess? registry;
    private Dictionary<string, string> running = [];
    private string healthUrl = "";

    public string TokenUrl { get; private set; } = "";
    public string GrpcUrl { get; private set; } = "";

    /// <summary>The registry's HTTP/1.1 port: JSON and gRPC-Web.</summary>
    public string HttpUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var dataFolder = Directory.CreateTempSubdirectory("coop-identity-").FullName;
        var identityDll = AppProcess.Dll("CoopRegistry.Identity");
        var registryDll = AppProcess.Dll("CoopRegistry.Server");
        var environment = Settings(dataFolder, out var httpUrl);
        // As `./coop up` does: migrations as the owner (here the superuser), the processes as the app role.
        var migrating = new Dictionary<string, string>(environment)
        {
            ["ConnectionStrings__Registry"] = ConnectionString,
            ["ConnectionStrings__Identity"] = ConnectionString,
        };
        await AppProcess.RunToEndAsync(identityDll, migrating, "migrate");
        // The registry's migrate loads the record seeds from the source documents.
        await AppProcess.RunToEndAsync(registryDll, migrating, "migrate");
        // A free port found now can be taken by another process before ours binds it (many test
        // processes share this machine), so a start that loses its port is tried again on new ones.
        for (var attempt = 1; ; attempt++)
        {
            identity = AppProcess.Start(identityDll, environment);
            registry = AppProcess.Start(registryDll, environment);
            try
            {
                await identity.WaitUntilReadyAsync($"{TokenUrl}/.well-known/openid-configuration");
                await registry.WaitUntilReadyAsync($"{httpUrl}/healthz");
                (running, healthUrl) = (environment, $"{httpUrl}/healthz");
                return;
            }
            catch (InvalidOperationException error) when (attempt < 3 && error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await registry.DisposeAsync();
                await identity.DisposeAsync();
                environment = Settings(dataFolder, out httpUrl);
            }
        }
    }

    /// <summary>Both processes' settings on newly chosen free ports.</summary>
    private Dictionary<string, string> Settings(string dataFolder, out string httpUrl)
    {
        TokenUrl = $"http://127.0.0.1:{AppProcess.FreePort()}";
        GrpcUrl = $"http://127.0.0.1:{AppProcess.FreePort()}";
        httpUrl = HttpUrl = $"http://127.0.0.1:{AppProcess.FreePort()}";
        return new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Registry"] = AppConnectionString,
            ["ConnectionStrings__Identity"] = AppConnectionString,
            ["Identity__Url"] = TokenUrl,
            ["Identity__DataFolder"] = dataFolder,
            ["Registry__GrpcUrl"] = GrpcUrl,
            ["Registry__HttpUrl"] = httpUrl,
            ["Registry__Authority"] = TokenUrl,
            // Disabled clients are picked up within a second rather than the default half minute.
            ["Registry__ClientStatusRefresh"] = "00:00:01",
        }.Concat(MoreSettings()).ToDictionary();
    }

    /// <summary>Settings a stack with more apps gives both processes (e.g. where the console runs).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings() => [];

    /// <summary>
    /// Another registry process on this stack's database and token service, on its own free ports
    /// (several registry processes on one database); the caller disposes (kills) it.
    /// </summary>
    public async Task<RegistryProcess> StartRegistryAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var grpcUrl = $"http://127.0.0.1:{AppProcess.FreePort()}";
            var httpUrl = $"http://127.0.0.1:{AppProcess.FreePort()}";
            var settings = new Dictionary<string, string>(running) { ["Registry__GrpcUrl"] = grpcUrl, ["Registry__HttpUrl"] = httpUrl };
            var process = AppProcess.Start(AppProcess.Dll("CoopRegistry.Server"), settings);
            try
            {
                await process.WaitUntilReadyAsync($"{httpUrl}/healthz");
                return new RegistryProcess(process, grpcUrl);
            }
            catch (InvalidOperationException error) when (attempt < 3 && error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await process.DisposeAsync();
            }
        }
    }

    public GrpcChannel Channel(string? token) => GrpcChannel.ForAddress(GrpcUrl, new GrpcChannelOptions
    {
        HttpHandler = new Auth.BearerTokenHandler(token),
    });

    public string RegistryOutput => registry?.Output ?? "";

    /// <summary>
    /// SIGKILL the registry (no shutdown, nothing flushed) and start a new one on the same ports; returns
    /// when it answers health again (which needs the database: call it while PostgreSQL is up).
    /// </summary>
    public async Task KillAndRestartRegistryAsync()
    {
        await registry!.DisposeAsync(); // Process.Kill: SIGKILL on Linux
        registry = AppProcess.Start(AppProcess.Dll("CoopRegistry.Server"), running);
        await registry.WaitUntilReadyAsync(healthUrl);
    }

    public override async Task DisposeAsync()
    {
        if (registry is not null)
            await registry.DisposeAsync();
        if (identity is not null)
            await identity.DisposeAsync();
        await base.DisposeAsync();
    }
}
