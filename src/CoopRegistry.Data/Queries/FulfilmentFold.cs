namespace CoopRegistry.Data.Queries;

/// <summary>
/// Moves the changes writers appended (registry.fulfilment_*_changes) into the fulfilment report's
/// cells (registry.fulfilment_fold(): one fold at a time, a second caller returns 0 at once). A
/// report reads pending changes too, so folding changes no answer, only how much a report reads.
/// </summary>
public static class FulfilmentFold
{
    /// <summary>Folds every pending change; returns how many there were.</summary>
    public static async Task<int> RunAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await RunAsync(connection, cancellationToken);
    }

    public static async Task<int> RunAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT registry.fulfilment_fold()", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
