using CoopRegistry.Web.Components.Pages;
using CoopRegistry.Web.Tests.Fakes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopRegistry.Web.Tests.Pages;

public class ImportNoticePageTests : ConsoleContext
{
    private const string Notice = "1. Giao Sở Ngoại vụ chủ trì xây dựng kế hoạch, hoàn thành trước ngày 30/6/2026.\n2. Rà soát hạ tầng.\n3. Sở Tài chính bố trí kinh phí.";

    public ImportNoticePageTests()
    {
        SignInGiaLaiManager();
        Services.AddSingleton(new DirectiveService.DirectiveServiceClient(Registry));
    }

    [Fact]
    public void Drafts_are_reviewed_with_their_sentence_and_the_accepted_ones_saved_in_one_batch()
    {
        Registry.Answer<ListDirectivesRequest, ListDirectivesResponse>("ListDirectives", _ => new ListDirectivesResponse
        {
            Directives = { new Directive { Name = "directives/d1", Number = "59/TB-UBND", Subject = "Kết luận" } },
        })
            .Answer<ExtractCommitmentsRequest, ExtractCommitmentsResponse>("ExtractCommitments", _ => new ExtractCommitmentsResponse
            {
                Drafts = { Draft("§1", 3, 76, "agencies/vn30-so-ngoai-vu"), Draft("§2", 83, 16, ""), Draft("§3", 103, 29, "agencies/vn30-so-tai-chinh") },
            })
            .Answer<CreateCommitmentsRequest, CreateCommitmentsResponse>("CreateCommitments", request => new CreateCommitmentsResponse { Commitments = { request.Commitments } });
        Render<MudPopoverProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("directive", "directives/d1"));
        var page = Render<ImportNotice>();

        page.Find("textarea").Input(Notice);
        page.Button("Đọc nhiệm vụ").Click();

        // A draft with no lead waits for the officer; the first one's sentence is shown highlighted.
        page.WaitForAssertion(() => Assert.Equal("3 nhiệm vụ đề xuất, 2 được chấp nhận.", page.Find("[data-testid=found]").TextContent));
        Assert.Equal(Notice.Substring(3, 76), page.Find("[data-testid=source-sentence] mark").TextContent);
        Assert.Equal(Notice, Registry.RequestsOf<ExtractCommitmentsRequest>().Single().Text);

        page.FindAll("button").Last(b => b.TextContent.Trim() == "Bỏ").Click();
        // Click only queues the event while the renderer is busy: find the save button after the re-render.
        page.WaitForAssertion(() => Assert.Equal("2 nhiệm vụ đề xuất, 1 được chấp nhận.", page.Find("[data-testid=found]").TextContent));
        page.Button("Lưu các nhiệm vụ đã chấp nhận").Click();

        page.WaitForAssertion(() => Assert.Equal("Đã lưu 1 nhiệm vụ.", page.Find("[data-testid=saved]").TextContent.Trim()));
        var saved = Registry.RequestsOf<CreateCommitmentsRequest>().Single();
        Assert.Equal("directives/d1", saved.Directive);
        Assert.True(Guid.TryParse(saved.RequestId, out _));
        var commitment = Assert.Single(saved.Commitments);
        Assert.Equal(("directives/d1", "§1", "agencies/vn30-so-ngoai-vu"), (commitment.Source.Record, commitment.Source.Section, commitment.LeadAgency));
        Assert.Equal("trước ngày 30/6/2026", commitment.Deadline.Text);
    }

    private static CommitmentDraft Draft(string section, int start, int length, string lead) => new()
    {
        Section = section,
        Span = new TextSpan { Start = start, Length = length, Text = Notice.Substring(start, length) },
        Confidence = lead.Length > 0 ? 0.9 : 0.5,
        Reasons = { lead.Length > 0 ? [] : new[] { "no agency named" } },
        Commitment = new Commitment
        {
            Task = Notice.Substring(start, length),
            LeadAgency = lead,
            Deadline = section == "§1" ? new Deadline { Text = "trước ngày 30/6/2026", Before = new Google.Type.Date { Year = 2026, Month = 6, Day = 30 } } : null,
        },
    };
}
