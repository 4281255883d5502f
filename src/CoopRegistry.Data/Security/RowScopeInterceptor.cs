namespace CoopRegistry.Data.Security;

/// <summary>
/// Every connection EF Core opens owes PostgreSQL the <see cref="RowScope"/> of the work that opened
/// it, before any command runs on it: three session settings the row-level security policies read.
/// The opening only notes it; the first command carries it (<see cref="ConnectionScope"/>), which
/// saves the round trip of a command of its own.
/// </summary>
public sealed class RowScopeInterceptor : DbConnectionInterceptor
{
    public static readonly RowScopeInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        ConnectionScope.Open(connection, RowScope.Current);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionScope.Open(connection, RowScope.Current);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => ConnectionScope.Closed(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        ConnectionScope.Closed(connection);
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ConnectionScope.Closed(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ConnectionScope.Closed(connection);
        return ValueTask.FromResult(result);
    }
}
