using CoopRegistry.Web.Components.Pages;
using CoopRegistry.Web.Tests.Fakes;
using MudBlazor;

namespace CoopRegistry.Web.Tests.Pages;

public class AgreementsPageTests : ConsoleContext
{
    public AgreementsPageTests() => SignInGiaLaiManager();

    [Fact]
    public void Searching_sends_the_words_as_a_phrase_and_lists_what_the_registry_answers()
    {
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", request => new ListAgreementsResponse
        {
            Agreements = { string.IsNullOrEmpty(request.Filter) ? [] : [SampleRecords.Agreement(AgreementState.InForce)] },
            TotalSize = string.IsNullOrEmpty(request.Filter) ? 0 : 1,
        });
        Render<MudPopoverProvider>();
        var page = Render<Agreements>();
        page.WaitForAssertion(() => Assert.Contains("Không có bản ghi nào.", page.Markup));

        page.Find("input[type=text]").Input("dong bac campuchia");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent));
        Assert.Equal("\"dong bac campuchia\"", Registry.RequestsOf<ListAgreementsRequest>().Last().Filter);
        Assert.Equal("Có hiệu lực", page.FindAll("[data-testid=agreements] td").Last().TextContent);
    }

    [Fact]
    public async Task The_first_list_answering_after_a_search_does_not_cover_the_search_s_rows()
    {
        var firstList = new TaskCompletionSource<ListAgreementsResponse>();
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", request => string.IsNullOrEmpty(request.Filter)
            ? firstList.Task
            : Task.FromResult(new ListAgreementsResponse { Agreements = { SampleRecords.Agreement(AgreementState.InForce) }, TotalSize = 1 }));
        Render<MudPopoverProvider>();
        var page = Render<Agreements>();
        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<ListAgreementsRequest>()));

        page.Find("input[type=text]").Input("dong bac campuchia");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent));
        firstList.SetResult(new ListAgreementsResponse());
        // The first answer's continuation is queued on the renderer before this, so it has run by now.
        await page.InvokeAsync(() => { });

        Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent);
        Assert.Equal("\"dong bac campuchia\"", page.Find("[data-testid=agreements]").GetAttribute("data-filter"));
    }

    [Fact]
    public async Task The_first_list_failing_after_a_search_leaves_the_search_s_rows_without_an_error()
    {
        var firstList = new TaskCompletionSource<ListAgreementsResponse>();
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", request => string.IsNullOrEmpty(request.Filter)
            ? firstList.Task
            : Task.FromResult(new ListAgreementsResponse { Agreements = { SampleRecords.Agreement(AgreementState.InForce) }, TotalSize = 1 }));
        Render<MudPopoverProvider>();
        var page = Render<Agreements>();
        page.WaitForAssertion(() => Assert.Single(Registry.RequestsOf<ListAgreementsRequest>()));

        page.Find("input[type=text]").Input("dong bac campuchia");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent));
        firstList.SetException(new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.Unavailable, "the registry restarted")));
        // The first call's continuation is queued on the renderer before this, so it has run by now.
        await page.InvokeAsync(() => { });

        Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=error]"));
    }

    [Fact]
    public async Task The_list_shows_progress_until_the_latest_search_answers_even_when_an_earlier_one_answers_first()
    {
        var earlierSearch = new TaskCompletionSource<ListAgreementsResponse>();
        var latestSearch = new TaskCompletionSource<ListAgreementsResponse>();
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", request => request.Filter switch
        {
            "" => Task.FromResult(new ListAgreementsResponse()),
            "\"lao\"" => earlierSearch.Task,
            _ => latestSearch.Task,
        });
        Render<MudPopoverProvider>();
        var page = Render<Agreements>();
        page.WaitForAssertion(() => Assert.Contains("Không có bản ghi nào.", page.Markup));
        Search(page, "lao");
        Search(page, "dong bac campuchia");
        page.WaitForAssertion(() => Assert.Equal(3, Registry.RequestsOf<ListAgreementsRequest>().Count()));

        earlierSearch.SetResult(new ListAgreementsResponse());
        // The earlier answer's continuation is queued on the renderer before this, so it has run by now.
        await page.InvokeAsync(() => { });
        Assert.NotEmpty(page.FindAll("[data-testid=agreements] .mud-table-loading-progress"));

        latestSearch.SetResult(new ListAgreementsResponse { Agreements = { SampleRecords.Agreement(AgreementState.InForce) }, TotalSize = 1 });
        page.WaitForAssertion(() => Assert.Contains("Đông Bắc Campuchia", page.Find("[data-testid=agreements]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=agreements] .mud-table-loading-progress"));
    }

    private static void Search(IRenderedComponent<Agreements> page, string words)
    {
        page.Find("input[type=text]").Input(words);
        page.Find("form").Submit();
    }

    [Fact]
    public void The_next_page_is_asked_for_with_the_registrys_page_token()
    {
        Registry.Answer<ListAgreementsRequest, ListAgreementsResponse>("ListAgreements", request => new ListAgreementsResponse
        {
            Agreements = { SampleRecords.Agreement(AgreementState.InForce) },
            NextPageToken = request.PageToken == "" ? "page-2" : "",
            TotalSize = 2,
        });
        var page = Render<Agreements>();
        page.WaitForAssertion(() => Assert.False(page.Button("Trang sau").HasAttribute("disabled")));
        page.Button("Trang sau").Click();

        page.WaitForAssertion(() => Assert.Equal("page-2", Registry.RequestsOf<ListAgreementsRequest>().Last().PageToken));
        page.WaitForAssertion(() => Assert.Contains("Trang 2", page.Markup));
    }
}
