using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CoopRegistry.Data.Security;

/// <summary>
/// Tells PostgreSQL the <see cref="RowScope"/> of the work that opened the connection, before any
/// command runs on it: three session settings the row-level security policies read. Every open sets
/// all three, so a pooled connection never carries the previous caller's scope.
/// </summary>
public sealed class RowScopeInterceptor : DbConnectionInterceptor
{
    public static readonly RowScopeInterceptor Instance = new();

    private const string Sql = """
        SELECT set_config('coopregistry.scope', @scope, false),
               set_config('coopregistry.province', @province, false),
               set_config('coopregistry.agency', @agency, false)
        """;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Sets the current scope on a connection opened outside EF Core's own opening (which this interceptor follows).</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(DbConnection connection)
    {
        var scope = RowScope.Current;
        var command = new NpgsqlCommand(Sql, (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("scope", scope.All ? RowSecuritySql.AllRows : RowSecuritySql.CallerRows);
        command.Parameters.AddWithValue("province", scope.ProvinceCode ?? "");
        command.Parameters.AddWithValue("agency", scope.AgencyId ?? "");
        return command;
    }
}
