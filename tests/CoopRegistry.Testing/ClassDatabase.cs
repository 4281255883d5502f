using CoopRegistry.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace CoopRegistry.Testing;

/// <summary>A test class's own database, cloned from the template and dropped afterwards (xunit class fixture).</summary>
public class ClassDatabase : IAsyncLifetime
{
    public string Name { get; } = $"coop_test_{Guid.NewGuid():N}";

    /// <summary>As the cluster's superuser: migrations, and tests that tamper behind the registry's back.</summary>
    public string ConnectionString => TestCluster.ConnectionStringFor(Name);

    /// <summary>As the registry's runtime role (<see cref="Data.Security.DatabaseRoles.App"/>): no DDL, audit append-only, row-level security.</summary>
    public string AppConnectionString => TestCluster.AppConnectionStringFor(Name);

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
