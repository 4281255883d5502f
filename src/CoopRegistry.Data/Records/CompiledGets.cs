namespace CoopRegistry.Data.Records;

/// <summary>
/// Get's one statement (the record and its documents, a join), compiled once per record type: a
/// LINQ query is otherwise built, parameterised and looked up in EF Core's cache on every call.
/// A flat left join, one row per document (the record alone when it has none), with no ORDER BY:
/// a collection in the projection made EF Core sort every answer in PostgreSQL and build its
/// collection shaper's delegate on every call. The caller puts the documents in order
/// (<see cref="Documents.RecordDocumentQueries.InShownOrder"/>). The documents' filter is
/// <see cref="Documents.RecordDocumentQueries.OfRecord"/>'s, written out because a compiled query
/// cannot call it.
/// </summary>
internal static class CompiledGets<T> where T : RegistryRecord
{
    public static readonly Func<RegistryDbContext, string, string, IAsyncEnumerable<RecordAndDocument<T>>> WithDocuments =
        EF.CompileAsyncQuery((RegistryDbContext db, string collection, string id) =>
            from record in db.Set<T>().AsNoTracking()
            where record.Id == id
            from document in db.Set<RecordDocument>()
                .Where(d => d.ParentCollection == collection && d.ParentId == id)
                .DefaultIfEmpty()
            select new RecordAndDocument<T>(record, document));
}

/// <summary>A row of <see cref="CompiledGets{T}.WithDocuments"/>: the record and one of its documents, if any.</summary>
internal sealed record RecordAndDocument<T>(T Record, RecordDocument? Document);
