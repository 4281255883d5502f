using CoopRegistry.Data.Listing;

namespace CoopRegistry.Server.Admin;

/// <summary>
/// Pages of clients and people: few enough (hundreds) to be filtered by province in memory, so they
/// are paged by the listing engine's plan for results computed in memory (ordered by their id).
/// </summary>
public static class AdminPaging
{
    /// <summary>The plan of one list; a token is refused by the other list and by a caller of another reach.</summary>
    public static MemoryListPlan Plan(int pageSize, string pageToken, string collection, Caller caller) =>
        new(new ListRequest(pageSize, pageToken, null, null, collection, caller.IsOperator ? "" : caller.ProvinceCode));
}
