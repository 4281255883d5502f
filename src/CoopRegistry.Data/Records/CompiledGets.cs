namespace CoopRegistry.Data.Records;

/// <summary>
/// Get's one statement (the record and its documents, a join), compiled once per record type: a
/// LINQ query is otherwise built, parameterised and looked up in EF Core's cache on every call.
/// The documents' filter and order are <see cref="Documents.RecordDocumentQueries.OfRecord"/>'s,
/// written out because a compiled query cannot call it.
/// </summary>
internal static class CompiledGets<T> where T : RegistryRecord
{
    public static readonly Func<RegistryDbContext, string, string, CancellationToken, Task<RecordWithDocuments<T>?>> WithDocuments =
        EF.CompileAsyncQuery((RegistryDbContext db, string collection, string id, CancellationToken _) =>
            db.Set<T>().AsNoTracking()
                .Where(r => r.Id == id)
                .Select(r => new RecordWithDocuments<T>(r, db.Set<RecordDocument>()
                    .Where(d => d.ParentCollection == collection && d.ParentId == id)
                    .OrderBy(d => d.CreateTime).ThenBy(d => d.Id)
                    .ToList()))
                .SingleOrDefault());
}

/// <summary>A record with its documents, oldest first.</summary>
internal sealed record RecordWithDocuments<T>(T Record, List<RecordDocument> Documents);
