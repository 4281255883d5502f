using CoopRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace CoopRegistry.Testing;

/// <summary>A test class's own database, cloned from the template and dropped afterwards (xunit class fixture).</summary>
public class ClassDatabase : IAsyncLifetime
{
    public string Name { get; } = $"coop_test_{Guid.NewGuid():N}";

    public string ConnectionString => TestCluster.ConnectionStringFor(Name);

    public virtual async Task InitializeAsync()
    {
        var template = await TemplateDatabase.GetAsync();
        await TestCluster.ExecuteAsync($"CREATE DATABASE {Name} TEMPLATE {template}");
    }

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestCluster.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public RegistryDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(ConnectionString).Options);
}
