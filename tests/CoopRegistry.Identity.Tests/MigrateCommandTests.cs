using System.Text.Json.Nodes;
using CoopRegistry.Testing;
using Npgsql;

namespace CoopRegistry.Identity.Tests;

/// <summary>`CoopRegistry.Identity migrate` as ./coop runs it: a separate process, its exit code and its messages.</summary>
public class MigrateCommandTests(ClassDatabase database) : IClassFixture<ClassDatabase>
{
    [Fact]
    public async Task Migrate_in_development_creates_the_dev_clients_once_and_then_changes_nothing()
    {
        var count = IdentityFixture.DevClients.Count;
        var first = await MigrateAsync("Development", IdentityFactory.DevClientsPath);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains($"{count} created, 0 updated, 0 unchanged", first.Output);

        var second = await MigrateAsync("Development", IdentityFactory.DevClientsPath);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Contains($"0 created, 0 updated, {count} unchanged", second.Output);
        Assert.Equal(count, await CountClientsAsync());
        Assert.Equal(IdentityFixture.DevPeople.Count, await CountAsync("SELECT count(*) FROM identity.people WHERE development_account"));
    }

    [Fact]
    public async Task A_malformed_file_exits_non_zero_naming_the_file_and_the_record()
    {
        var file = DevClientFiles.CopyWith(clients => DevClientFiles.Client(clients, "vn30-so-cong-thuong")["scopes"] = new JsonArray("registry.everything"));
        var run = await MigrateAsync("Development", file);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(file, run.Error);
        Assert.Contains("record #2 (vn30-so-cong-thuong)", run.Error);
        Assert.Contains("registry.everything", run.Error);
    }

    [Fact]
    public async Task Outside_development_migrate_needs_no_keys_and_syncs_no_dev_clients_or_people()
    {
        var other = new ClassDatabase();
        await other.InitializeAsync();
        try
        {
            var run = await MigrateAsync("Production", IdentityFactory.DevClientsPath, other.ConnectionString);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Equal(0, await CountClientsAsync(other.ConnectionString));
            Assert.Equal(0, await CountAsync("SELECT count(*) FROM identity.people", other.ConnectionString));
            // The registry's own sign-in clients exist everywhere.
            Assert.Equal(2, await CountAsync("SELECT count(*) FROM identity.applications WHERE client_type = 'public'", other.ConnectionString));
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    private Task<(int ExitCode, string Output, string Error)> MigrateAsync(string environment, string devClientsPath, string? connectionString = null) =>
        IdentityProcess.RunAsync(new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = environment,
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["ConnectionStrings__Identity"] = connectionString ?? database.ConnectionString,
            ["Identity__DevClientsPath"] = devClientsPath,
            ["Identity__DataFolder"] = Directory.CreateTempSubdirectory("coop-identity-keys-").FullName,
        }, "migrate");

    /// <summary>The confidential clients: the systems' (the first-party public clients are counted apart).</summary>
    private Task<long> CountClientsAsync(string? connectionString = null) =>
        CountAsync("SELECT count(*) FROM identity.applications WHERE client_type = 'confidential'", connectionString);

    private async Task<long> CountAsync(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
