using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using CoopRegistry.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>
/// A test class's own cloned registry database, with the identity schema migrated into it, the
/// development clients synced, and the token service running in process on it.
/// </summary>
public class IdentityFixture : ClassDatabase
{
    public IdentityFactory Factory { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new IdentityFactory(ConnectionString);
        Http = Factory.CreateClient();
        await MigrateAsync(IdentityFactory.DevClientsPath);
    }

    public override async Task DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    public async Task<SyncReport?> MigrateAsync(string? devClientsPath)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityMigrator>().MigrateAsync(devClientsPath, CancellationToken.None);
    }

    /// <summary>Runs <paramref name="action"/> with the application manager of a fresh scope.</summary>
    public async Task<T> WithApplicationsAsync<T>(Func<IOpenIddictApplicationManager, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>());
    }

    public static IReadOnlyList<DevClient> DevClients { get; } = DevClientsFile.Read(IdentityFactory.DevClientsPath);

    public static DevClient DevClient(string clientId) => DevClients.Single(c => c.ClientId == clientId);
}
