using System.Runtime.CompilerServices;
using NpgsqlTypes;

namespace CoopRegistry.Data.Security;

/// <summary>
/// The <see cref="RowScope"/> each open connection owes PostgreSQL before its next command. An
/// opening only notes it (<see cref="RowScopeInterceptor"/>); the next command carries the settings
/// in its own round trip (<see cref="RowScopeCommandInterceptor"/>) or, for a command that cannot
/// carry them, a command of their own runs first. Whenever PostgreSQL may have undone them (a failed
/// command, a rollback) they are owed again: sending them twice is harmless, never sending them is
/// not. The pool does not reset a connection it takes back (<see cref="RegistryDbContextOptions.PooledConnectionString"/>):
/// every opening owes its own scope and sends it before anything else runs, overwriting the previous
/// caller's, and sets back what a call may have changed for itself (plan_cache_mode, <see cref="CustomPlan"/>),
/// so a scope never outlives its call; unless the session already holds exactly that scope with the
/// default plan_cache_mode, as PostgreSQL itself last reported (<see cref="Holds"/>), when it owes
/// nothing (a Get is then one statement, not two). Only the settings here change these settings on
/// the registry's connections. A connection that has never said whose it is sees no rows.
/// </summary>
public static class ConnectionScope
{
    // set_config with a null value sets the server's default back (RESET).
    private const string SettingsSql = """
        SELECT set_config('coopregistry.scope', @coopregistry_scope, false),
               set_config('coopregistry.province', @coopregistry_province, false),
               set_config('coopregistry.agency', @coopregistry_agency, false),
               set_config('plan_cache_mode', @coopregistry_plan_cache_mode, false),
               set_config('application_name', @coopregistry_session, false)
        """;

    private const string CustomPlanSql =
        "SELECT set_config('plan_cache_mode', '" + CustomPlan.Mode + "', false), set_config('application_name', @coopregistry_session, false)";

    private const string SessionName = "application_name";

    private static readonly ConditionalWeakTable<DbConnection, Owed> Connections = new();

    // A cached query hands every execution the same command text: its text with the settings in
    // front is made once per text (a copy of the query's SQL per call otherwise), and goes with it.
    private static readonly ConditionalWeakTable<string, string> WithSettings = new();
    private static readonly ConditionalWeakTable<string, string> WithCustomPlan = new();

    // Each connection string's own application_name, which the session's name begins with (parsed once per string).
    private static readonly ConditionalWeakTable<string, string> Names = new();

    /// <summary>Notes that <paramref name="connection"/>, just opened, owes <paramref name="scope"/>.</summary>
    public static void Open(DbConnection connection, RowScope scope) =>
        Connections.AddOrUpdate(connection, new Owed(scope) { Sent = Holds(connection, scope) });

    /// <summary>
    /// Whether the session behind <paramref name="connection"/> holds <paramref name="scope"/> and the
    /// default plan_cache_mode, as PostgreSQL last reported: the application_name the settings set
    /// with them (<see cref="SessionOf"/>) comes back in a ParameterStatus message whenever it changes,
    /// when a rollback or a failed statement undoes it too, before the server says it is ready. A new
    /// physical connection starts with the connection string's name, which is no scope's.
    /// </summary>
    internal static bool Holds(DbConnection connection, RowScope scope) =>
        connection is NpgsqlConnection npgsql && npgsql.PostgresParameters.TryGetValue(SessionName, out var held) && held == SessionOf(connection, scope, customPlan: false);

    /// <summary>
    /// The application_name that says what a session holds: the connection string's own name (what
    /// pg_stat_activity showed before, e.g. a read replica's pool), then the values sent, the
    /// province's length-prefixed so that no two scopes share a name, or a search's custom plan,
    /// which no opening holds. PostgreSQL truncates a name to 63 bytes and replaces what is not
    /// printable ASCII: such a name never matches what the server reports back, and its scope is
    /// sent on every opening.
    /// </summary>
    internal static string SessionOf(DbConnection connection, RowScope? scope, bool customPlan)
    {
        var name = Names.GetValue(connection.ConnectionString, static text => new NpgsqlConnectionStringBuilder(text).ApplicationName ?? "");
        if (customPlan || scope is null)
            return name + "/custom plan";
        var province = Province(scope);
        return string.Create(CultureInfo.InvariantCulture, $"{name}/{(scope.All ? 'a' : 'c')}:{province.Length}:{province}:{Agency(scope)}");
    }

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
        AddParameters(command, scope, customPlan: false);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, RowScope scope)
    {
        using var command = new NpgsqlCommand(SettingsSql, (NpgsqlConnection)connection);
        AddParameters(command, scope, customPlan: false);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Puts one statement of settings in front of <paramref name="command"/>'s own, so they travel in
    /// its round trip: the scope's, if <paramref name="scope"/> is given, and a custom plan for every
    /// statement from here on if <paramref name="customPlan"/> (<see cref="CustomPlan"/>). Its
    /// reader then begins with their one-row result, which the caller skips.
    /// </summary>
    internal static void Prepend(DbCommand command, RowScope? scope, bool customPlan)
    {
        command.CommandText = scope is null
            ? WithCustomPlan.GetValue(command.CommandText, static text => CustomPlanSql + ";\n" + text)
            : WithSettings.GetValue(command.CommandText, static text => SettingsSql + ";\n" + text);
        if (scope is not null)
            AddParameters(command, scope, customPlan);
        else
            command.Parameters.Add(new NpgsqlParameter("coopregistry_session", SessionOf(command.Connection!, null, customPlan: true)));
    }

    /// <summary>Whether <paramref name="command"/> begins with settings <see cref="Prepend"/> put there (EF Core's SQL never does).</summary>
    internal static bool Prepended(DbCommand command) => command.CommandText.StartsWith("SELECT set_config(", StringComparison.Ordinal);

    private static void AddParameters(DbCommand command, RowScope scope, bool customPlan)
    {
        command.Parameters.Add(new NpgsqlParameter("coopregistry_scope", Rows(scope)));
        command.Parameters.Add(new NpgsqlParameter("coopregistry_province", Province(scope)));
        command.Parameters.Add(new NpgsqlParameter("coopregistry_agency", Agency(scope)));
        command.Parameters.Add(new NpgsqlParameter("coopregistry_plan_cache_mode", NpgsqlDbType.Text) { Value = customPlan ? CustomPlan.Mode : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("coopregistry_session", SessionOf(command.Connection!, scope, customPlan)));
    }

    private static string Rows(RowScope scope) => scope.All ? RowSecuritySql.AllRows : RowSecuritySql.CallerRows;

    private static string Province(RowScope scope) => scope.ProvinceCode ?? "";

    private static string Agency(RowScope scope) => scope.AgencyId ?? "";

    internal sealed class Owed(RowScope scope)
    {
        public RowScope Scope { get; } = scope;

        public bool Sent { get; set; }
    }
}
