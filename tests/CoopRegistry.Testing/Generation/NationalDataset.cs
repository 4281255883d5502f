using System.Diagnostics;
using CoopRegistry.Data;
using CoopRegistry.Data.Queries;
using CoopRegistry.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Testing.Generation;

/// <summary>
/// Loads a generated national-scale dataset (issue 8) into a migrated, seeded registry database
/// through COPY, in one transaction, then folds the fulfilment report's counts and ANALYZEs. Deterministic from the seed; the generated ids
/// (ga…, ge…, gc…) never collide with the seeds' or the registry's own (r…).
/// </summary>
public static class NationalDataset
{
    private const int CommitmentChunk = 20_000;

    public sealed record Loaded(long Provinces, long Agencies, long Agreements, long Events, long Commitments, long ProgressReports, TimeSpan Elapsed);

    public static async Task<Loaded> LoadAsync(string connectionString, DatasetSize size, int seed, DateTime now, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(connectionString).Options);
        var directory = DatasetDirectory.Build(size,
            await db.Provinces.AsNoTracking().ToListAsync(cancellationToken),
            await db.Agencies.AsNoTracking().ToListAsync(cancellationToken));
        var records = new DatasetRecords(size, directory, seed, now);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var copy = new BulkCopy(db, connection);
        var provinces = await copy.CopyAsync(directory.NewProvinces, cancellationToken);
        var agencies = await copy.CopyAsync(directory.NewAgencies, cancellationToken);
        var agreements = await copy.CopyAsync(records.Agreements(), cancellationToken);
        progress?.Invoke($"{agreements:N0} agreements");
        var events = await copy.CopyAsync(records.Events(), cancellationToken);
        progress?.Invoke($"{events:N0} events");

        long commitments = 0, reports = 0;
        var pendingReports = new List<ProgressReport>();
        using var generated = records.Commitments(pendingReports).GetEnumerator();
        var chunk = new List<Commitment>(CommitmentChunk);
        do
        {
            chunk.Clear();
            while (chunk.Count < CommitmentChunk && generated.MoveNext())
                chunk.Add(generated.Current);
            if (chunk.Count == 0)
                break;
            // A chunk's reports were collected while its commitments were generated.
            commitments += await copy.CopyAsync(chunk, cancellationToken);
            reports += await copy.CopyAsync(pendingReports, cancellationToken);
            pendingReports.Clear();
            progress?.Invoke($"{commitments:N0} commitments, {reports:N0} progress reports");
        }
        while (chunk.Count == CommitmentChunk);

        await transaction.CommitAsync(cancellationToken);
        // The rows' triggers appended the fulfilment report's counts as changes; into its cells now.
        await FulfilmentFold.RunAsync(connection, cancellationToken);
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        return new Loaded(provinces, agencies, agreements, events, commitments, reports, clock.Elapsed);
    }
}
