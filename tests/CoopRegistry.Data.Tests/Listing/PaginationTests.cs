using CoopRegistry.Data.Listing;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>
/// Keyset pages visit every row once, in the order a single query gives, even while rows are
/// added and removed between page fetches.
/// </summary>
public class PaginationTests(NoteDatabase database) : IClassFixture<NoteDatabase>
{
    private static readonly string[] Titles = ["Dự án", "Đường", "Eakar", "đập", "Da", "Xúc tiến", "ស្ទឹងត្រែង", "Dự án"];

    public static TheoryData<string> Orders => new()
    {
        "",
        "title",
        "title desc",
        "signed_on",
        "signed_on desc",
        "signed_on desc, title",
        "stage desc, signed_on, amount desc",
        "amount, title desc",
        "create_time desc",
        "province desc, name desc",
        "summary",
    };

    private int counter;

    private Note RandomNote(Random random)
    {
        var id = $"r{Interlocked.Increment(ref counter):D5}";
        // Few distinct values, so ties and NULLs are common and the id decides between them.
        return new Note
        {
            Id = id,
            Title = Titles[random.Next(Titles.Length)],
            Summary = random.Next(3) == 0 ? null : Titles[random.Next(Titles.Length)],
            Stage = (Stage)random.Next(3),
            SignedOn = random.Next(3) == 0 ? null : new DateOnly(2025, 9, 1 + random.Next(4)),
            CreatedAt = random.Next(3) == 0 ? null : new DateTime(2025, 9, 1, random.Next(3), 0, 0, DateTimeKind.Utc).AddTicks(random.Next(5) * 10),
            Amount = random.Next(3) == 0 ? null : random.Next(4) / 2m,
            ProvinceId = random.Next(2) == 0 ? null : $"KH-{random.Next(3)}",
            SearchDocument = id,
        };
    }

    private async Task ResetAsync(Random random, int rows)
    {
        await using (var db = database.CreateNoteContext())
            await db.Notes.ExecuteDeleteAsync();
        await database.AddAsync(Enumerable.Range(0, rows).Select(_ => RandomNote(random)).ToArray());
    }

    private async Task<Domain.Listing.Page<Note>> PageAsync(int size, string? token, string? filter, string? orderBy, params string?[] extra)
    {
        await using var db = database.CreateNoteContext();
        return await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(size, token, filter, orderBy, extra), CancellationToken.None);
    }

    private async Task<List<string>> AllIdsAsync(string? filter, string orderBy) =>
        (await PageAsync(1000, null, filter, orderBy)).Items.Select(n => n.Id).ToList();

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_give_the_same_sequence_as_one_query(string orderBy)
    {
        await ResetAsync(new Random(orderBy.Length), 60);
        var expected = await AllIdsAsync(null, orderBy);
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await PageAsync(7, token, null, orderBy);
            Assert.Equal(60, page.TotalSize);
            Assert.InRange(page.Items.Count, 1, 7);
            seen.AddRange(page.Items.Select(n => n.Id));
            token = page.NextPageToken;
        }
        while (token != "");
        Assert.Equal(expected, seen);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Pages_visit_every_survivor_once_while_rows_are_added_and_removed(string orderBy)
    {
        var random = new Random(1000 + orderBy.Length);
        await ResetAsync(random, 50);
        var survivors = (await AllIdsAsync(null, orderBy)).ToHashSet();
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await PageAsync(6, token, null, orderBy);
            seen.AddRange(page.Items.Select(n => n.Id));
            token = page.NextPageToken;

            // Between fetches: three new rows (landing before and after the cursor) and one row removed.
            await database.AddAsync(RandomNote(random), RandomNote(random), RandomNote(random));
            var all = await AllIdsAsync(null, orderBy);
            var victim = all[random.Next(all.Count)];
            await using (var db = database.CreateNoteContext())
                await db.Notes.Where(n => n.Id == victim).ExecuteDeleteAsync();
            survivors.Remove(victim);
        }
        while (token != "");

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(survivors.Except(seen));
    }

    [Fact]
    public async Task The_total_is_counted_with_the_first_page_and_later_pages_repeat_it()
    {
        await ResetAsync(new Random(11), 30);
        var first = await PageAsync(10, null, null, "title");
        Assert.Equal(30, first.TotalSize);

        await database.AddAsync(Enumerable.Range(0, 5).Select(_ => RandomNote(new Random(12))).ToArray());
        var second = await PageAsync(10, first.NextPageToken, null, "title");
        Assert.Equal(30, second.TotalSize);
        Assert.Equal(35, (await PageAsync(10, null, null, "title")).TotalSize);

        // A first page that holds the whole result is its own count.
        Assert.Equal(35, (await PageAsync(100, null, null, "title")).TotalSize);
        Assert.Equal(0, (await PageAsync(10, null, "stage = STAGE_DRAFT AND stage != STAGE_DRAFT", null)).TotalSize);
    }

    [Fact]
    public async Task Past_the_exact_limit_the_total_is_postgresqls_estimate_and_a_small_result_is_still_counted()
    {
        var random = new Random(13);
        await ResetAsync(random, ListingQueryable.ExactTotalLimit + 2_000);
        await using (var db = database.CreateNoteContext())
            await db.Database.ExecuteSqlRawAsync("ANALYZE listing_test.notes");

        var all = await PageAsync(10, null, null, null);
        Assert.InRange(all.TotalSize, ListingQueryable.ExactTotalLimit + 1, (ListingQueryable.ExactTotalLimit + 2_000) * 2);
        // Ids r00001 … r03000: the phrase "r0000" is in nine of them, counted exactly.
        Assert.Equal(9, (await PageAsync(2, null, "\"r0000\"", null)).TotalSize);

        // Rows removed since the statistics were taken: PostgreSQL still expects thousands, the count says 30.
        await ResetAsync(random, 30);
        Assert.Equal(30, (await PageAsync(10, null, null, null)).TotalSize);
    }

    [Fact]
    public async Task A_first_page_that_reads_to_the_end_of_the_exact_limit_counts_it_and_still_returns_one_page()
    {
        await ResetAsync(new Random(17), ListingQueryable.ExactTotalLimit);
        var first = await PageAsync(10, null, null, "title");
        Assert.Equal(ListingQueryable.ExactTotalLimit, first.TotalSize);
        Assert.Equal(10, first.Items.Count);
        var second = await PageAsync(10, first.NextPageToken, null, "title");
        Assert.Equal(10, second.Items.Count);
        Assert.DoesNotContain(second.Items[0].Id, first.Items.Select(n => n.Id));
    }

    [Fact]
    public async Task A_filtered_listing_pages_within_the_filter_and_counts_it()
    {
        await ResetAsync(new Random(7), 40);
        var expected = await AllIdsAsync("stage != STAGE_DRAFT AND signed_on:*", "signed_on desc");
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await PageAsync(5, token, "stage != STAGE_DRAFT AND signed_on:*", "signed_on desc");
            Assert.Equal(expected.Count, page.TotalSize);
            seen.AddRange(page.Items.Select(n => n.Id));
            token = page.NextPageToken;
        }
        while (token != "");
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task A_token_is_refused_with_another_filter_order_or_query_argument()
    {
        await ResetAsync(new Random(3), 20);
        var first = await PageAsync(5, null, "stage = STAGE_DRAFT OR stage = STAGE_SIGNED", "title", "provinces/VN-30");
        Assert.NotEqual("", first.NextPageToken);
        Assert.NotNull(await PageAsync(5, first.NextPageToken, "stage = STAGE_DRAFT OR stage = STAGE_SIGNED", "title", "provinces/VN-30"));

        foreach (var (filter, orderBy, extra) in new[]
        {
            ("stage = STAGE_DRAFT", "title", "provinces/VN-30"),
            ("stage = STAGE_DRAFT OR stage = STAGE_SIGNED", "title desc", "provinces/VN-30"),
            ("stage = STAGE_DRAFT OR stage = STAGE_SIGNED", "title", "provinces/KH-16"),
        })
        {
            var error = await Assert.ThrowsAsync<InvalidArgumentException>(() => PageAsync(5, first.NextPageToken, filter, orderBy, extra));
            Assert.Equal("page_token", Assert.Single(error.Violations).Field);
        }
    }

    [Fact]
    public async Task A_token_with_a_forged_key_value_is_refused()
    {
        var fingerprint = Domain.Listing.PageToken.Fingerprint(null, "signed_on");
        var forged = Domain.Listing.PageToken.Encode(fingerprint, ["not a date", "r00001"]);
        var error = await Assert.ThrowsAsync<InvalidArgumentException>(() => PageAsync(5, forged, null, "signed_on"));
        Assert.Equal("page_token", Assert.Single(error.Violations).Field);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(5000, 1000)]
    public async Task Page_size_zero_is_the_default_and_large_ones_are_coerced(int requested, int expected)
    {
        await ResetAsync(new Random(5), 1001);
        Assert.Equal(expected, (await PageAsync(requested, null, null, null)).Items.Count);
    }

    [Fact]
    public async Task A_negative_page_size_is_invalid() =>
        Assert.Equal("page_size", Assert.Single((await Assert.ThrowsAsync<InvalidArgumentException>(() => PageAsync(-1, null, null, null))).Violations).Field);
}
