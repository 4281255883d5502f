namespace CoopRegistry.Data.Directives;

/// <summary>
/// The records that cite a directive (output-only linked_records): plans, events and agreements
/// whose <c>directives</c> column names it, as far as the caller may see them.
/// </summary>
public interface IDirectiveLinks
{
    /// <summary>For each directive id, the resource names of the visible records citing it (absent: none).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> LinkedRecordsAsync(IReadOnlyCollection<string> directiveIds, Caller caller, CancellationToken cancellationToken);
}
