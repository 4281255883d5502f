using CoopRegistry.Data.Listing;
using CoopRegistry.Data.Security;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>
/// A listing that searches text is planned for its own pattern (plan_cache_mode = force_custom_plan
/// on its connection, sent with its query): PostgreSQL's generic plan for a prepared search cannot
/// tell a rare phrase from a frequent one. A listing that does not search keeps prepared plans.
/// </summary>
public class CustomPlanTests(NoteDatabase database) : IClassFixture<NoteDatabase>
{
    [Theory]
    [InlineData("\"xuc tien\"", "force_custom_plan")]
    [InlineData("title:\"xuc tien\"", "force_custom_plan")]
    [InlineData("stage = STAGE_SIGNED", "auto")]
    [InlineData(null, "auto")]
    public async Task A_listing_is_planned_for_its_own_pattern_only_when_it_searches_text(string? filter, string planCacheMode)
    {
        await using var db = new NoteContext(new DbContextOptionsBuilder<NoteContext>()
            .UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention()
            .AddInterceptors(RowScopeCommandInterceptor.Instance).Options);
        await db.Database.OpenConnectionAsync();
        await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(0, null, filter, null), CancellationToken.None);
        Assert.Equal(planCacheMode, await db.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
    }
}
