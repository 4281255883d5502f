namespace CoopRegistry.Data.Listing;

/// <summary>PostgreSQL's estimate of how many rows a query returns: its EXPLAIN, which plans and reads nothing.</summary>
internal static class RowEstimate
{
    public static async Task<long> OfAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
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
            var plan = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "[]";
            using var json = JsonDocument.Parse(plan);
            return (long)json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
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
}
