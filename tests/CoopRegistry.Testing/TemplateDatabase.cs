using CoopRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Testing;

/// <summary>
/// One migrated and seeded database per test process, used as the template every test class clones
/// (CREATE DATABASE … TEMPLATE is a file copy: far faster than migrating each time).
/// </summary>
public static class TemplateDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? name;

    public static async Task<string> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return name ??= await CreateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> CreateAsync()
    {
        // Test assemblies run in parallel processes: each builds its own template.
        var template = $"coop_template_{Environment.ProcessId}";
        await TestCluster.ExecuteAsync($"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
        await TestCluster.ExecuteAsync($"CREATE DATABASE {template}");
        var options = new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(TestCluster.ConnectionStringFor(template)).Options;
        await using (var db = new RegistryDbContext(options))
            await new RegistryMigrator(db).MigrateAndSeedAsync(RepositoryPaths.Seeds, CancellationToken.None);
        // A template must have no open connections when it is cloned.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestCluster.ExecuteAsync($"DROP DATABASE IF EXISTS {template} WITH (FORCE)").GetAwaiter().GetResult();
        return template;
    }
}
