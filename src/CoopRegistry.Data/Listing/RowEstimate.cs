using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CoopRegistry.Data.Listing;

/// <summary>
/// PostgreSQL's estimate of how many rows a query returns: its EXPLAIN, which plans and reads
/// nothing. Offered (<see cref="Offer"/>), it rides on the next query of the same connection as
/// that query's first statement (<see cref="Security.RowScopeCommandInterceptor"/>), so a listing's
/// first page and its total cost one round trip; a context without that interceptor asks it apart
/// (<see cref="OfAsync"/>).
/// </summary>
internal static partial class RowEstimate
{
    private const string Explain = "EXPLAIN (FORMAT JSON) ";

    // The estimate's parameters, renamed apart from those of the query it rides on.
    private const string Prefix = "estimate_";

    // Offered on a connection until the listing that offered it ends (Npgsql reuses a connection's
    // command objects, so a command does not name its estimate once its listing is over).
    private static readonly ConditionalWeakTable<DbConnection, Ride> Offered = new();

    /// <summary>Offers the estimate of <paramref name="query"/> to the next query on its connection; disposing withdraws it.</summary>
    public static Ride Offer<T>(IQueryable<T> query)
    {
        var ride = new Ride(query.CreateDbCommand());
        if (ride.Command.Connection is { } connection)
            Offered.AddOrUpdate(connection, ride);
        return ride;
    }

    /// <summary>
    /// Puts the estimate offered on <paramref name="command"/>'s connection, if any, in front of the
    /// command's statements, its parameters renamed apart from the command's own.
    /// </summary>
    internal static void Board(DbCommand command)
    {
        if (command.Connection is null || !Offered.TryGetValue(command.Connection, out var ride) || ride.Carrier is not null)
            return;
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in ride.Command.Parameters.Cast<NpgsqlParameter>())
        {
            var copy = parameter.Clone();
            copy.ParameterName = Prefix + parameter.ParameterName.TrimStart('@');
            command.Parameters.Add(copy);
            renamed.Add(parameter.ParameterName.TrimStart('@'));
        }
        var sql = ParameterReference().Replace(ride.Command.CommandText, match => renamed.Contains(match.Groups[1].Value) ? "@" + Prefix + match.Groups[1].Value : match.Value);
        command.CommandText = Explain + sql + ";\n" + command.CommandText;
        ride.Carrier = command;
    }

    /// <summary>Reads the estimate <paramref name="command"/> carries, if any, and moves its reader on to the command's own result.</summary>
    internal static async Task ReadAsync(DbCommand command, DbDataReader reader, CancellationToken cancellationToken)
    {
        if (Carried(command) is not { } ride)
            return;
        await reader.ReadAsync(cancellationToken);
        ride.Rows = Parse(reader.GetString(0));
        await reader.NextResultAsync(cancellationToken);
    }

    internal static void Read(DbCommand command, DbDataReader reader)
    {
        if (Carried(command) is not { } ride)
            return;
        reader.Read();
        ride.Rows = Parse(reader.GetString(0));
        reader.NextResult();
    }

    private static Ride? Carried(DbCommand command) =>
        command.Connection is not null && Offered.TryGetValue(command.Connection, out var ride) && ride.Carrier == command && ride.Rows is null ? ride : null;

    /// <summary>The estimate asked apart: a command of its own on the query's connection.</summary>
    public static async Task<long> OfAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = Explain + command.CommandText;
        var connection = command.Connection ?? throw new InvalidOperationException("the query's command has no connection");
        // EF Core opens its connection per query; here the command runs on it directly, so open it
        // (with the caller's row scope, which the estimate of a visible-rows view depends on) and close it again.
        var openHere = connection.State != ConnectionState.Open;
        if (openHere)
        {
            await connection.OpenAsync(cancellationToken);
            ConnectionScope.Open(connection, RowScope.Current);
        }
        await ConnectionScope.SettleAsync(connection, cancellationToken);
        try
        {
            return Parse((string?)await command.ExecuteScalarAsync(cancellationToken) ?? "[]");
        }
        finally
        {
            if (openHere)
            {
                await connection.CloseAsync();
                ConnectionScope.Closed(connection);
            }
        }
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterReference();

    private static long Parse(string plan)
    {
        using var json = JsonDocument.Parse(plan);
        return (long)json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    /// <summary>An estimate offered to the next query: <see cref="Rows"/> once that query has carried it.</summary>
    public sealed class Ride(DbCommand command) : IDisposable
    {
        internal DbCommand Command { get; } = command;

        /// <summary>The query that carries it, once one has taken it.</summary>
        internal DbCommand? Carrier { get; set; }

        /// <summary>The estimate, or null if no query carried it.</summary>
        public long? Rows { get; internal set; }

        public void Dispose()
        {
            if (Command.Connection is { } connection && Offered.TryGetValue(connection, out var offered) && offered == this)
                Offered.Remove(connection);
            Command.Dispose();
        }
    }
}
