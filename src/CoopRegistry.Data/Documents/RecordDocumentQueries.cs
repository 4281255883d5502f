namespace CoopRegistry.Data.Documents;

/// <summary>
/// The one definition of "a record's documents, in the order its documents field shows them"
/// (Get's compiled query, CompiledGets, writes the same out: a compiled query cannot call it).
/// </summary>
internal static class RecordDocumentQueries
{
    /// <summary>The documents of one record, oldest first.</summary>
    public static IQueryable<RecordDocument> OfRecord(this IQueryable<RecordDocument> documents, string collection, string recordId) =>
        documents.Where(d => d.ParentCollection == collection && d.ParentId == recordId)
            .OrderBy(d => d.CreateTime).ThenBy(d => d.Id);
}
