using CoopRegistry.Data.Listing;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>Filters and order run as SQL on real PostgreSQL; each fact names the rows it expects.</summary>
public class FilterTests(FilterTests.Notes database) : IClassFixture<FilterTests.Notes>
{
    public sealed class Notes : NoteDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await AddAsync(
                Note("n1", "Xúc tiến đầu tư Gia Lai", "Hội nghị xúc tiến đầu tư", Stage.Signed, new DateOnly(2025, 9, 12), new DateTime(2025, 9, 12, 1, 0, 0, DateTimeKind.Utc), 100m, true, ["KH-16", "LA-AT"], [Stage.Draft, Stage.Signed], "KH-16"),
                Note("n2", "Đường giao thông Đắk Lắk", null, Stage.Draft, null, null, null, false, ["LA-AT"], [Stage.Draft], null),
                Note("n3", "Dự án điện", "Điện gió", Stage.Closed, new DateOnly(2024, 1, 5), new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc), 20.5m, true, [], [Stage.Closed], "LA-AT"),
                Note("n4", "Hợp tác Stung Treng", "ខេត្តស្ទឹងត្រែង", Stage.Signed, new DateOnly(2025, 10, 1), null, 5m, true, ["KH-19"], [], "KH-19"),
                Note("n5", "Eakar hợp tác", "ອັດຕະປື", Stage.Draft, new DateOnly(2025, 9, 30), new DateTime(2025, 9, 30, 23, 59, 59, DateTimeKind.Utc), null, false, [], [], null),
                Note("n6", "Cam kết 100% chắc_chắn", null, Stage.Closed, null, null, 100m, true, [], [], null));
        }

        private static Note Note(string id, string title, string? summary, Stage stage, DateOnly? signedOn, DateTime? createdAt, decimal? amount, bool active,
            List<string> provinces, List<Stage> stages, string? province) => new()
            {
                Id = id,
                Title = title,
                Summary = summary,
                Stage = stage,
                SignedOn = signedOn,
                CreatedAt = createdAt,
                Amount = amount,
                Active = active,
                Provinces = provinces,
                Stages = stages,
                ProvinceId = province,
                SearchDocument = title + " " + summary,
            };
    }

    private async Task<List<string>> Ids(string? filter, string? orderBy = null)
    {
        await using var db = database.CreateNoteContext();
        var page = await db.Notes.ToPageAsync(NoteSchema.Notes, new ListRequest(0, null, filter, orderBy), CancellationToken.None);
        Assert.Equal(page.Items.Count, page.TotalSize);
        return page.Items.Select(n => n.Id).ToList();
    }

    private static void Same(IEnumerable<string> expected, IEnumerable<string> actual) => Assert.Equal(expected.Order(), actual.Order());

    [Theory]
    [InlineData("\"xuc tien dau tu\"", "n1")]
    [InlineData("\"XÚC TIẾN\"", "n1")]
    [InlineData("xuc tien", "n1")]
    [InlineData("\"duong giao thong\"", "n2")]
    [InlineData("\"đường\"", "n2")]
    [InlineData("\"Dak Lak\"", "n2")]
    [InlineData("\"ស្ទឹងត្រែង\"", "n4")]
    [InlineData("ស្ទឹងត្រែង", "n4")]
    [InlineData("\"ອັດຕະປື\"", "n5")]
    [InlineData("\"hop tac\"", "n4,n5")]
    [InlineData("\"100%\"", "n6")]
    [InlineData("\"%\"", "n6")]
    [InlineData("\"_\"", "n6")]
    [InlineData("\"t_c\"", "")]
    [InlineData("\"\\\\\"", "")]
    public async Task Phrases_search_text_ignoring_case_diacritics_and_like_wildcards(string filter, string expected) =>
        Same(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await Ids(filter));

    [Theory]
    [InlineData("title = \"Dự án điện\"", "n3")]
    [InlineData("title = \"du an dien\"", "")]
    [InlineData("title:\"DU AN\"", "n3")]
    [InlineData("summary:\"hoi nghi\"", "n1")]
    [InlineData("-summary:\"hoi nghi\"", "n2,n3,n4,n5,n6")]
    [InlineData("summary != \"Điện gió\"", "n1,n2,n4,n5,n6")]
    [InlineData("summary:*", "n1,n3,n4,n5")]
    [InlineData("title < \"E\"", "n2,n3,n6")]
    [InlineData("title >= \"Đ\" AND title < \"F\"", "n2,n5")]
    public async Task Text_fields_compare_exactly_contain_loosely_and_order_in_vietnamese(string filter, string expected) =>
        Same(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await Ids(filter));

    [Theory]
    [InlineData("stage = STAGE_SIGNED", "n1,n4")]
    [InlineData("NOT stage = STAGE_DRAFT", "n1,n3,n4,n6")]
    [InlineData("-stage = STAGE_DRAFT", "n1,n3,n4,n6")]
    [InlineData("stage != STAGE_DRAFT", "n1,n3,n4,n6")]
    [InlineData("stage = STAGE_DRAFT OR stage = STAGE_CLOSED AND active = true", "n3,n6")]
    [InlineData("active = true AND stage = STAGE_DRAFT OR stage = STAGE_CLOSED", "n3,n6")]
    [InlineData("(active = true AND stage = STAGE_DRAFT) OR stage = STAGE_CLOSED", "n3,n6")]
    [InlineData("(active = false AND stage = STAGE_DRAFT) OR stage = STAGE_CLOSED", "n2,n3,n5,n6")]
    [InlineData("stage = STAGE_SIGNED AND (province = \"provinces/KH-16\" OR province = \"provinces/KH-19\")", "n1,n4")]
    [InlineData("province != \"provinces/KH-16\"", "n2,n3,n4,n5,n6")]
    [InlineData("NOT (stage = STAGE_SIGNED OR active = false)", "n3,n6")]
    [InlineData("\"hop tac\" -stage = STAGE_DRAFT", "n4")]
    public async Task And_or_not_and_parentheses_combine_with_aip_160_precedence(string filter, string expected) =>
        Same(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await Ids(filter));

    [Theory]
    [InlineData("signed_on >= 2025-09-01 AND signed_on < 2025-10-01", "n1,n5")]
    [InlineData("signed_on = 2025-09-12", "n1")]
    [InlineData("signed_on:\"2025-09-12\"", "n1")]
    [InlineData("signed_on <= 2025-09-12", "n1,n3")]
    [InlineData("-signed_on:*", "n2,n6")]
    [InlineData("create_time > 2025-09-12T07:30:00+07:00", "n1,n5")]
    [InlineData("create_time > \"2025-09-12T08:30:00+07:00\"", "n5")]
    [InlineData("create_time >= 2025-09-30T23:59:59Z", "n5")]
    [InlineData("amount > 50", "n1,n6")]
    [InlineData("amount = 20.5", "n3")]
    [InlineData("amount <= 5 OR NOT amount:*", "n2,n4,n5")]
    public async Task Dates_timestamps_and_numbers_compare_as_values(string filter, string expected) =>
        Same(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await Ids(filter));

    [Theory]
    [InlineData("provinces:\"provinces/LA-AT\"", "n1,n2")]
    [InlineData("provinces = \"provinces/KH-19\"", "n4")]
    [InlineData("-provinces:\"provinces/LA-AT\"", "n3,n4,n5,n6")]
    [InlineData("tags:\"KH-16\"", "n1")]
    [InlineData("stages:STAGE_SIGNED", "n1")]
    [InlineData("stages:STAGE_DRAFT AND NOT stages:STAGE_SIGNED", "n2")]
    public async Task Repeated_fields_mean_contains(string filter, string expected) =>
        Same(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await Ids(filter));

    [Theory]
    [InlineData("colour = \"red\"", "at character 1: cannot filter on 'colour'; filterable fields are title, summary, stage,")]
    [InlineData("title = 3", "at character 9: title takes a quoted string, found 3")]
    [InlineData("stage = SIGNED", "stage takes one of STAGE_DRAFT, STAGE_SIGNED, STAGE_CLOSED")]
    [InlineData("stage > STAGE_DRAFT", "stage cannot be compared with '>'")]
    [InlineData("signed_on > 12/09/2025", "unexpected character '/'")]
    [InlineData("signed_on > \"12-09-2025\"", "signed_on takes a date written as 2025-09-12")]
    [InlineData("create_time > 2025-09-12", "create_time takes an RFC 3339 timestamp")]
    [InlineData("create_time > 2025-09-12T08:30:00", "create_time takes an RFC 3339 timestamp")]
    [InlineData("amount > many", "amount takes a number")]
    [InlineData("active = yes", "active takes true or false")]
    [InlineData("provinces:\"KH-16\"", "provinces takes a quoted name of the form \"provinces/{id}\"")]
    [InlineData("province = \"agencies/x\"", "province takes a quoted name")]
    [InlineData("provinces > \"provinces/KH-16\"", "provinces cannot be compared with '>'")]
    public async Task Bad_fields_and_values_are_invalid_saying_what_the_field_takes(string filter, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidArgumentException>(() => Ids(filter));
        var violation = Assert.Single(error.Violations);
        Assert.Equal("filter", violation.Field);
        Assert.Contains(expected, violation.Description);
    }

    [Fact]
    public async Task Text_sorts_in_vietnamese_order_d_then_đ_then_e()
    {
        var ids = await Ids(null, "title");
        Assert.Equal(["n6", "n3", "n2", "n5", "n4", "n1"], ids);
        Assert.Equal(["n1", "n4", "n5", "n2", "n3", "n6"], await Ids(null, "title desc"));
    }

    [Fact]
    public async Task Enums_sort_in_declared_order_not_by_stored_name() =>
        Assert.Equal(["n2", "n5", "n1", "n4", "n3", "n6"], await Ids(null, "stage, name"));

    [Fact]
    public async Task Nullable_keys_sort_nulls_last_ascending_and_first_descending()
    {
        Assert.Equal(["n3", "n1", "n5", "n4", "n2", "n6"], await Ids(null, "signed_on"));
        Assert.Equal(["n2", "n6", "n4", "n5", "n1", "n3"], await Ids(null, "signed_on desc"));
    }

    [Fact]
    public async Task The_sql_searches_the_search_key_column_with_like_and_sorts_with_the_vietnamese_collation()
    {
        await using var db = database.CreateNoteContext();
        var plan = db.Notes.ToListPlan(NoteSchema.Notes, new ListRequest(10, null, "\"xuc tien\" AND title:\"dau\"", "title desc"));
        var sql = plan.PageQuery.ToQueryString();
        Assert.Contains("n.search_key LIKE '%' || registry.search_key(", sql);
        Assert.Contains("registry.search_key(n.title) LIKE '%' || registry.search_key(", sql);
        Assert.Contains("ESCAPE '\\'", sql);
        Assert.Contains("ORDER BY n.title COLLATE \"vi-VN-x-icu\" DESC, n.id", sql);
        // The phrase is a parameter, never SQL text.
        Assert.Contains("registry.search_key(@", sql);
    }
}
