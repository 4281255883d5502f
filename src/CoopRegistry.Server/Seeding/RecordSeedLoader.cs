namespace CoopRegistry.Server.Seeding;

/// <summary>
/// Loads the register's seed files (<see cref="RecordSeeds"/>): records whose id is new are added,
/// existing ones left as the registry changed them. All files in one transaction; references are
/// checked once every file's records are in, since seeds refer to each other. Any problem is a
/// SeedException naming file, record and field, and nothing is written.
/// </summary>
public sealed class RecordSeedLoader(RecordStore store)
{
    /// <summary>Reads and converts every file first, so a malformed one stops before anything is written.</summary>
    public static IReadOnlyList<IRecordSeedBatch> Read(string folder) => RecordSeeds.Files.Select(file => file.Read(folder)).ToList();

    public Task<IReadOnlyList<RecordSeedReport>> LoadAsync(IReadOnlyList<IRecordSeedBatch> batches, CancellationToken cancellationToken) =>
        store.InTransactionAsync(() => LoadAllAsync(batches, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<RecordSeedReport>> LoadAllAsync(IReadOnlyList<IRecordSeedBatch> batches, CancellationToken cancellationToken)
    {
        var reports = new List<RecordSeedReport>();
        foreach (var batch in batches)
        {
            var (added, present) = await batch.AddAsync(store, cancellationToken);
            reports.Add(new RecordSeedReport(batch.FileName, batch.Present, added, present));
        }
        foreach (var batch in batches)
            await batch.CheckAsync(store, cancellationToken);
        return reports;
    }
}
