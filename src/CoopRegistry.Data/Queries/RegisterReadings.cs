using CoopRegistry.Data.Audit;

namespace CoopRegistry.Data.Queries;

/// <summary>The whole register's gauges at an instant, the same from every process (<see cref="RegisterReadings"/>).</summary>
public sealed record RegisterReading(long ChainLength, Dictionary<string, int> OverdueByHomeProvince);

/// <summary>The register's metrics readings: the audit chain's length and the open commitments past a firm deadline per home province.</summary>
public sealed class RegisterReadings(RegistryDbContext db)
{
    /// <summary>The readings at <paramref name="instant"/> (UTC); a province with none is not listed.</summary>
    public async Task<RegisterReading> ReadAsync(DateTime instant, CancellationToken cancellationToken)
    {
        var head = await AuditHead.ReadAsync(db, cancellationToken);
        var overdue = await db.Set<Commitment>()
            .Where(c => c.Lifecycle == CommitmentLifecycleState.Open && c.DeleteTime == null && c.OverdueFrom != null && c.OverdueFrom <= instant)
            .GroupBy(c => c.HomeProvinceCode)
            .Select(g => new { Province = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Province, g => g.Count, cancellationToken);
        return new RegisterReading(head.Sequence, overdue);
    }
}
