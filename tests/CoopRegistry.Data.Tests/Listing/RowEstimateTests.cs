using System.Data.Common;
using System.Diagnostics;
using CoopRegistry.Data.Listing;
using CoopRegistry.Data.Security;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>
/// A listing's first page past the exact limit reports PostgreSQL's estimate, which rides on the
/// page's own command when the context has the registry's command interceptor (one round trip), and
/// is asked apart otherwise: the same total either way.
/// </summary>
public class RowEstimateTests(NoteDatabase database) : IClassFixture<NoteDatabase>, IAsyncLifetime
{
    private const int Rows = ListingQueryable.ExactTotalLimit * 5;

    public async Task InitializeAsync()
    {
        await using (var reset = database.CreateNoteContext())
            await reset.Notes.ExecuteDeleteAsync();
        await database.AddAsync([.. Enumerable.Range(0, Rows).Select(i => new Note
        {
            Id = $"n{i:D4}",
            Title = i % 2 == 0 ? "Xúc tiến đầu tư" : "Dự án",
            Stage = (Stage)(i % 3),
            SearchDocument = i % 2 == 0 ? "Xúc tiến đầu tư" : "Dự án",
        })]);
        await using var db = database.CreateNoteContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE listing_test.notes");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(null)]
    [InlineData("stage != STAGE_CLOSED")]
    [InlineData("\"xuc tien\" AND stage != STAGE_CLOSED")]
    public async Task The_first_pages_estimate_rides_on_its_query_and_equals_the_one_asked_apart(string? filter)
    {
        var (riding, ridingTrips) = await FirstPageAsync(filter, RowScopeCommandInterceptor.Instance);
        var (apart, apartTrips) = await FirstPageAsync(filter);

        Assert.Equal(1, ridingTrips);
        Assert.Equal(2, apartTrips);
        Assert.InRange(riding.TotalSize, ListingQueryable.ExactTotalLimit + 1, Rows * 2);
        Assert.Equal(apart.TotalSize, riding.TotalSize);
        Assert.Equal(apart.Items.Select(n => n.Id), riding.Items.Select(n => n.Id));
    }

    [Fact]
    public async Task A_small_result_and_a_later_page_take_one_round_trip_and_an_unused_estimate_rides_on_nothing_else()
    {
        await using var db = NoteContext(RowScopeCommandInterceptor.Instance);
        await db.Database.OpenConnectionAsync();
        using var trips = new RoundTrips();
        var small = await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(10, null, "stage = STAGE_SIGNED AND title = \"Dự án\"", null), CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, Rows).Count(i => i % 6 == 1), small.TotalSize);
        var first = await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(10, null, null, null), CancellationToken.None);
        var second = await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(10, first.NextPageToken, null, null), CancellationToken.None);
        Assert.Equal(first.TotalSize, second.TotalSize);
        Assert.Equal(3, trips.Count);
        // A later query runs alone: no estimate is left waiting on the connection.
        Assert.Equal(Rows, await db.Notes.CountAsync());
        Assert.Equal(4, trips.Count);
    }

    [Fact]
    public async Task A_page_cut_short_once_its_estimate_boarded_leaves_nothing_for_the_next_query_on_its_connection()
    {
        await using var db = NoteContext(RowScopeCommandInterceptor.Instance, new CutShortOnceBoarded());
        await db.Database.OpenConnectionAsync();
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(10, null, null, null), CancellationToken.None));
        // Npgsql hands the connection's next query the same command object.
        Assert.Equal(Rows, (await db.Notes.Select(n => n.Id).ToListAsync()).Count);
    }

    private async Task<(Domain.Listing.Page<Note> Page, int RoundTrips)> FirstPageAsync(string? filter, params IInterceptor[] interceptors)
    {
        await using var db = NoteContext(interceptors);
        await db.Database.OpenConnectionAsync();
        using var trips = new RoundTrips();
        var page = await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(10, null, filter, null), CancellationToken.None);
        return (page, trips.Count);
    }

    private NoteContext NoteContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<NoteContext>().UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention()
            .AddInterceptors(interceptors).Options);

    /// <summary>Cuts the first command that carries an estimate short, after the estimate boarded and before it runs.</summary>
    private sealed class CutShortOnceBoarded : DbCommandInterceptor
    {
        private bool cut;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (cut || !command.CommandText.Contains("EXPLAIN", StringComparison.Ordinal))
                return ValueTask.FromResult(result);
            cut = true;
            throw new OperationCanceledException();
        }
    }

    /// <summary>The commands Npgsql sends (each one round trip, whatever its statements) under this flow's own activity.</summary>
    private sealed class RoundTrips : IDisposable
    {
        private readonly Activity parent = new Activity("a listing under test").Start();
        private readonly ActivityListener listener;
        private int count;

        public RoundTrips()
        {
            var parentId = parent.Id;
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.ParentId == parentId && !activity.OperationName.StartsWith("CONNECT", StringComparison.Ordinal))
                        Interlocked.Increment(ref count);
                },
            };
            ActivitySource.AddActivityListener(listener);
        }

        public int Count => Volatile.Read(ref count);

        public void Dispose()
        {
            listener.Dispose();
            parent.Stop();
        }
    }
}
