namespace CoopRegistry.Data.Security;

/// <summary>
/// The read path of the five record tables: one view each, <c>registry.{table}_visible</c>, with
/// the rows <c>registry.row_visible</c> lets the connection's caller see, the same rule as the
/// tables' row-level security policies. EF Core reads records through these views and writes to the
/// tables (<c>RecordConfiguration.ToRecordTable</c>); the tables keep their policies for every other use.
/// Why: under row-level security PostgreSQL's planner does not look at a column's statistics for an
/// operator that is not leakproof (LIKE is not) and does not use such an operator in an index scan,
/// so every text search read the whole table and guessed its ORDER BY … LIMIT plan blind. A view owned
/// by the tables' owner reads them without the policies; its WHERE is an ordinary condition, so the
/// planner uses the trigram index and the statistics, and still returns only the visible rows.
/// The views are made by the RecordVisibleViews migration. A view lists its table's columns as they
/// were when it was made: a migration that adds a column to a record table must make the view again
/// (its own copy of that SQL), or reads miss the column.
/// </summary>
public static class VisibleViewsSql
{
    public static string ViewOf(string table) => $"{table}_visible";
}
