namespace CoopRegistry.Data.Documents;

/// <summary>
/// The one definition of "a record's documents, in the order its documents field shows them":
/// oldest first, then by id (Get's compiled query, CompiledGets, writes the filter out: a compiled
/// query cannot call it; it reads them unordered and puts them in this order in memory).
/// </summary>
internal static class RecordDocumentQueries
{
    /// <summary>The documents of one record, oldest first.</summary>
    public static IQueryable<RecordDocument> OfRecord(this IQueryable<RecordDocument> documents, string collection, string recordId) =>
        documents.Where(d => d.ParentCollection == collection && d.ParentId == recordId)
            .OrderBy(d => d.CreateTime).ThenBy(d => d.Id);

    /// <summary>
    /// <paramref name="documents"/> sorted in <see cref="OfRecord"/>'s order. Ids are "d" and
    /// lower-case hex, which compare the same ordinally as in PostgreSQL's collation.
    /// </summary>
    public static List<RecordDocument> InShownOrder(this List<RecordDocument> documents)
    {
        documents.Sort((a, b) => a.CreateTime != b.CreateTime ? a.CreateTime.CompareTo(b.CreateTime) : string.CompareOrdinal(a.Id, b.Id));
        return documents;
    }
}
