namespace CoopRegistry.Data.Audit;

/// <summary>
/// Entries a write committed but its process never chained (it stopped between the commit and
/// <see cref="AuditWriter.SequenceAsync"/>): chained by the next audited commit of any process, or
/// by <see cref="ChainAsync"/> when no write comes, so readers of the chain do not wait for one.
/// </summary>
public static class AuditLeftovers
{
    /// <summary>Chains every committed pending entry; returns how many there were.</summary>
    public static async Task<int> ChainAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await AuditWriter.SequenceAsync(connection);
    }
}
