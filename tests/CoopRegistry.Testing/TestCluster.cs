using CoopRegistry.Data.Security;
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

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary><paramref name="database"/> as <see cref="DatabaseRoles.App"/>: what the running registry sees (grants, row-level security).</summary>
    public static string AppConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = DatabaseRoles.App, Password = null }.ConnectionString;

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
