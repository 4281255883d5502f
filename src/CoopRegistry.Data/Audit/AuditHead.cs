using Microsoft.EntityFrameworkCore.Storage;

namespace CoopRegistry.Data.Audit;

/// <summary>
/// The head the registry recorded when it last appended (registry.audit_head): the last entry's
/// sequence, hash and time. Sequence 0 with the genesis hash while the log is empty.
/// </summary>
public sealed record AuditHead(long Sequence, byte[] Hash, DateTime Time)
{
    /// <summary>Reads the head, inside the context's current transaction if it has one.</summary>
    public static async Task<AuditHead> ReadAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ConnectionScope.SettleAsync(db.Database.GetDbConnection(), cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT sequence, hash, time FROM registry.audit_head WHERE id = 1";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                throw new InvalidOperationException("registry.audit_head has no row: the AuditLog migration has not run");
            var sequence = reader.GetInt64(0);
            // An empty log's head time is -infinity: there is no entry to date.
            return new AuditHead(sequence, (byte[])reader[1], sequence == 0 ? DateTime.UnixEpoch : reader.GetDateTime(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
