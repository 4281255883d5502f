using Npgsql;

namespace CoopRegistry.Testing;

/// <summary>
/// The PostgreSQL test cluster that `./coop test` starts. Its superuser connection string comes in
/// COOP_TEST_DATABASE; tests create and drop their own databases on it.
/// </summary>
public static class TestCluster
{
    public const string Variable = "COOP_TEST_DATABASE";

    public static string AdminConnectionString { get; } = Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set: run the tests with `./coop test`, which starts the test cluster");

    /// <summary>The login role the registry and the token service run as (data rights only, made by the migrations' grants).</summary>
    public const string AppRole = "coopregistry_app";

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary><paramref name="database"/> as <see cref="AppRole"/>: what the running registry sees (grants, row-level security).</summary>
    public static string AppConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = AppRole, Password = null }.ConnectionString;

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
