using System.Runtime.CompilerServices;

namespace CoopRegistry.Data.Security;

/// <summary>
/// The <see cref="RowScope"/> each open connection owes PostgreSQL before its next command. An
/// opening only notes it (<see cref="RowScopeInterceptor"/>); the next command carries the settings
/// in its own round trip (<see cref="RowScopeCommandInterceptor"/>) or, for a command that cannot
/// carry them, a command of their own runs first. Whenever PostgreSQL may have undone them (a failed
/// command, a rollback) they are owed again: sending them twice is harmless, never sending them is
/// not. The pool's reset (RESET ALL) clears them before a connection serves another call, and a
/// connection that has not said whose it is sees no rows, so a scope never outlives its call.
/// </summary>
public static class ConnectionScope
{
    private const string SettingsSql = """
        SELECT set_config('coopregistry.scope', @coopregistry_scope, false),
               set_config('coopregistry.province', @coopregistry_province, false),
               set_config('coopregistry.agency', @coopregistry_agency, false)
        """;

    private static readonly ConditionalWeakTable<DbConnection, Owed> Connections = new();

    /// <summary>Notes that <paramref name="connection"/>, just opened, owes <paramref name="scope"/>.</summary>
    public static void Open(DbConnection connection, RowScope scope) => Connections.AddOrUpdate(connection, new Owed(scope));

    public static void Closed(DbConnection connection) => Connections.Remove(connection);

    /// <summary>Owes the connection's scope again: PostgreSQL may have undone its settings.</summary>
    public static void Undone(DbConnection? connection)
    {
        if (connection is not null && Connections.TryGetValue(connection, out var owed))
            owed.Sent = false;
    }

    /// <summary>The scope the connection still owes, if any.</summary>
    internal static Owed? OwedBy(DbConnection? connection) =>
        connection is not null && Connections.TryGetValue(connection, out var owed) && !owed.Sent ? owed : null;

    /// <summary>Sends what the connection owes, if anything, as a command of its own (before a command the interceptor does not see).</summary>
    public static async Task SettleAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (OwedBy(connection) is not { } owed)
            return;
        await ApplyAsync(connection, owed.Scope, cancellationToken);
        owed.Sent = true;
    }

    /// <summary>Sets <paramref name="scope"/> on the connection now, in a command of its own.</summary>
    public static async Task ApplyAsync(DbConnection connection, RowScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SettingsSql, (NpgsqlConnection)connection);
        AddParameters(command, scope);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, RowScope scope)
    {
        using var command = new NpgsqlCommand(SettingsSql, (NpgsqlConnection)connection);
        AddParameters(command, scope);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Puts one statement of settings in front of <paramref name="command"/>'s own, so they travel in
    /// its round trip: the scope's, if <paramref name="scope"/> is given, and <paramref name="more"/>
    /// (further set_config calls). Its reader then begins with their one-row result, which the caller skips.
    /// </summary>
    internal static void Prepend(DbCommand command, RowScope? scope, string? more)
    {
        var settings = scope is null ? "SELECT " + more : more is null ? SettingsSql : SettingsSql + ",\n       " + more;
        command.CommandText = settings + ";\n" + command.CommandText;
        if (scope is not null)
            AddParameters(command, scope);
    }

    /// <summary>Whether <paramref name="command"/> begins with settings <see cref="Prepend"/> put there (EF Core's SQL never does).</summary>
    internal static bool Prepended(DbCommand command) => command.CommandText.StartsWith("SELECT set_config(", StringComparison.Ordinal);

    private static void AddParameters(DbCommand command, RowScope scope)
    {
        command.Parameters.Add(new NpgsqlParameter("coopregistry_scope", scope.All ? RowSecuritySql.AllRows : RowSecuritySql.CallerRows));
        command.Parameters.Add(new NpgsqlParameter("coopregistry_province", scope.ProvinceCode ?? ""));
        command.Parameters.Add(new NpgsqlParameter("coopregistry_agency", scope.AgencyId ?? ""));
    }

    internal sealed class Owed(RowScope scope)
    {
        public RowScope Scope { get; } = scope;

        public bool Sent { get; set; }
    }
}
