namespace CoopRegistry.Data.Security;

/// <summary>
/// Sends what a connection owes (<see cref="ConnectionScope"/>) with EF Core's next command on it: a
/// reader carries the settings as its first statement, in the same round trip, and skips their
/// result; a non-query or scalar command, whose result they would change, runs after a command of
/// their own. A query also carries, after the settings, a row estimate its listing offered
/// (<see cref="RowEstimate"/>). A rollback, to a savepoint or whole, may undo settings sent inside
/// it, and a failed command undoes those it carried: the connection owes them again.
/// </summary>
public sealed class RowScopeCommandInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly RowScopeCommandInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (!Carry(command, eventData))
            Settle(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!Carry(command, eventData))
            await ConnectionScope.SettleAsync(command.Connection!, cancellationToken);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        try
        {
            if (Carried(command))
                result.NextResult();
            RowEstimate.Read(command, result);
        }
        catch
        {
            // EF Core never saw this reader, so it would not close it: the connection would stay busy.
            result.Dispose();
            ConnectionScope.Undone(command.Connection);
            throw;
        }
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        try
        {
            if (Carried(command))
                await result.NextResultAsync(cancellationToken);
            await RowEstimate.ReadAsync(command, result, cancellationToken);
        }
        catch
        {
            await result.DisposeAsync();
            ConnectionScope.Undone(command.Connection);
            throw;
        }
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Settled(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        SettledAsync(command, result, cancellationToken);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Settled(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        SettledAsync(command, result, cancellationToken);

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ConnectionScope.Undone(command.Connection);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Undone(command.Connection);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ConnectionScope.Undone(transaction.Connection);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Undone(transaction.Connection);

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => ConnectionScope.Undone(transaction.Connection);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Undone(transaction.Connection);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ConnectionScope.Undone(transaction.Connection);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Undone(transaction.Connection);

    private static T Settled<T>(DbCommand command, T result)
    {
        Settle(command);
        return result;
    }

    private static async ValueTask<T> SettledAsync<T>(DbCommand command, T result, CancellationToken cancellationToken)
    {
        await ConnectionScope.SettleAsync(command.Connection!, cancellationToken);
        return result;
    }

    // The transaction events' async forms have nothing to wait for.
    private static Task Undone(DbConnection? connection)
    {
        ConnectionScope.Undone(connection);
        return Task.CompletedTask;
    }

    private static void Settle(DbCommand command)
    {
        if (ConnectionScope.OwedBy(command.Connection) is not { } owed)
            return;
        ConnectionScope.Apply(command.Connection!, owed.Scope);
        owed.Sent = true;
    }

    /// <summary>
    /// Puts the owed settings, and a search's custom plan (<see cref="CustomPlan"/>), in front of a
    /// query's statements, and between them and the query a row estimate offered on its connection (<see cref="RowEstimate"/>).
    /// Only a query's: SaveChanges reads each statement's rows affected by its position in the
    /// batch. False when the command cannot carry what the connection owes.
    /// </summary>
    private static bool Carry(DbCommand command, CommandEventData eventData)
    {
        var owed = ConnectionScope.OwedBy(command.Connection);
        var query = command.CommandType == CommandType.Text && eventData.CommandSource is CommandSource.LinqQuery or CommandSource.FromSqlQuery;
        var customPlan = query && CustomPlan.WantedBy(command);
        if (query)
            RowEstimate.Board(command);
        if (owed is null && !customPlan)
            return true;
        if (!query)
            return false;
        ConnectionScope.Prepend(command, owed?.Scope, customPlan);
        owed?.Sent = true;
        return true;
    }

    private static bool Carried(DbCommand command) => ConnectionScope.Prepended(command);
}
