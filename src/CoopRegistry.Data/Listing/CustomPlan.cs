namespace CoopRegistry.Data.Listing;

/// <summary>
/// A text search is planned for its own pattern every time. Prepared (the registry prepares what it
/// repeats), <c>LIKE '%' || registry.search_key($1) || '%'</c> soon gets PostgreSQL's generic plan,
/// which cannot know whether the phrase is rare (the trigram index) or frequent (the create_time
/// order), where psql's literal lets the planner see it. A searching query is tagged, and its
/// connection set to plan_cache_mode = force_custom_plan before it runs (<see cref="Security.RowScopeCommandInterceptor"/>);
/// the connection's next opening sets it back with its row scope (<see cref="Security.ConnectionScope"/>).
/// </summary>
internal static class CustomPlan
{
    public const string Tag = "custom plan: a text search";

    public const string Mode = "force_custom_plan";

    /// <summary>Whether the filter matches text (a phrase, or a field's <c>:</c>), whose plan depends on the pattern.</summary>
    public static bool Wanted(FilterNode? filter) => filter switch
    {
        And and => Wanted(and.Left) || Wanted(and.Right),
        Or or => Wanted(or.Left) || Wanted(or.Right),
        Not not => Wanted(not.Operand),
        Phrase => true,
        Comparison comparison => comparison.Operator == ComparisonOperator.Has,
        _ => false,
    };

    /// <summary>Whether EF Core's command is a tagged query (its SQL begins with the tag's comment).</summary>
    public static bool WantedBy(DbCommand command) => command.CommandText.StartsWith("-- " + Tag, StringComparison.Ordinal);
}
