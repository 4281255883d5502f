using CoopRegistry.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>
/// The real token service, in process, on the given database. Each factory gets its own key folder
/// unless one is given; extra settings override appsettings.
/// </summary>
public sealed class IdentityFactory(
    string connectionString,
    string environment = "Development",
    IReadOnlyDictionary<string, string?>? settings = null,
    string? dataFolder = null) : WebApplicationFactory<Program>
{
    public const string Issuer = "http://127.0.0.1:5081/";

    public static string DevClientsPath => Path.Combine(RepositoryPaths.Seeds, "dev-clients.json");

    public static string DevPeoplePath => Path.Combine(RepositoryPaths.Seeds, "dev-people.json");

    public string DataFolder { get; } = dataFolder ?? Directory.CreateTempSubdirectory("coop-identity-keys-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Identity", connectionString);
        builder.UseSetting("Identity:DataFolder", DataFolder);
        builder.UseSetting("Identity:DevClientsPath", DevClientsPath);
        builder.UseSetting("Identity:DevPeoplePath", DevPeoplePath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }
}
