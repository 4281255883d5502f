using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Data;
using CoopRegistry.Identity.People;
using CoopRegistry.Testing;
using CoopRegistry.Testing.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>Runs <paramref name="action"/> with the user manager of a fresh scope.</summary>
    public async Task<T> WithPeopleAsync<T>(Func<UserManager<Person>, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<Person>>());
    }

    /// <summary>A browser of its own (cookies, no automatic redirects) on the in-process token service.</summary>
    public Browser NewBrowser() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static IReadOnlyList<DevPerson> DevPeople { get; } = DevPeopleFile.Read(IdentityFactory.DevPeoplePath);

    public static DevPerson DevPerson(string username) => DevPeople.Single(p => p.Username == username);

    public static IReadOnlyList<DevClient> DevClients { get; } = DevClientsFile.Read(IdentityFactory.DevClientsPath);

    public static DevClient DevClient(string clientId) => DevClients.Single(c => c.ClientId == clientId);
}
