using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// Issue 24 in a real browser: the Sở Ngoại vụ officer pastes a notice into the import page, the
/// registry proposes its tasks, the officer corrects one, drops one, accepts the rest and saves;
/// the saved commitments are then listed on the directive's page, the directive as their source.
/// </summary>
public class ImportNoticeFlowTests(ConsoleStackFixture stack) : IClassFixture<ConsoleStackFixture>
{
    private const string Directive = "directives/vn30-tb-ket-luan-doanh-nghiep-le-thanh-2026-05-11";

    [Fact]
    public async Task The_officer_turns_a_pasted_notice_into_saved_commitments_with_their_source()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var notice = $"""
            THÔNG BÁO
            Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về hợp tác với tỉnh Attapeu

            1. Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Công Thương xây dựng kế hoạch xúc tiến thương mại với tỉnh Attapeu ({run}), trình UBND tỉnh trước ngày 30/6/2027.
            2. Sở Văn hóa, Thể thao và Du lịch tổ chức đoàn khảo sát du lịch tại tỉnh Champasak ({run}) trong quý III/2027.
            3. Sở Tài chính bố trí kinh phí cho đoàn công tác ({run}).

            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;
        var corrected = $"Xây dựng kế hoạch xúc tiến thương mại với tỉnh Attapeu, trình UBND tỉnh ({run})";
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        await an.OpenAsync("/notices/import?directive=" + Uri.EscapeDataString(Directive), "Nhập nhiệm vụ từ thông báo");

        // MudBlazor puts the test id on the field's textarea or input itself.
        await an.Page.Locator("textarea[data-testid=notice-text]").FillAsync(notice);
        await an.Page.GetByTestId("read").ClickAsync();
        await Expect(an.Page.GetByTestId("found")).ToHaveTextAsync("3 nhiệm vụ đề xuất, 3 được chấp nhận.");
        var drafts = an.Page.GetByTestId("drafts").Locator("tbody tr");
        await Expect(drafts.Nth(0)).ToContainTextAsync("Sở Công Thương tỉnh Gia Lai");
        await Expect(drafts.Nth(0).Locator("input[data-testid=deadline]")).ToHaveValueAsync("trước ngày 30/6/2027");
        await Expect(an.Page.GetByTestId("source-sentence").Locator("mark")).ToContainTextAsync($"tỉnh Attapeu ({run})");
        await an.ScreenshotAsync("12-nhap-thong-bao");

        var task = drafts.Nth(0).Locator("textarea");
        await task.FillAsync(corrected);
        await task.BlurAsync();
        await drafts.Nth(2).GetByTestId("drop").ClickAsync();
        await Expect(an.Page.GetByTestId("found")).ToHaveTextAsync("2 nhiệm vụ đề xuất, 2 được chấp nhận.");
        await an.Page.GetByTestId("save").ClickAsync();
        await Expect(an.Page.GetByTestId("saved")).ToContainTextAsync("Đã lưu 2 nhiệm vụ.");

        await an.OpenAsync("/" + Directive, "Ý kiến kết luận");
        var saved = an.Page.GetByTestId("commitments");
        await Expect(saved).ToContainTextAsync(corrected);
        await Expect(saved).ToContainTextAsync($"tỉnh Champasak ({run})");
        await Expect(saved).Not.ToContainTextAsync($"đoàn công tác ({run})");
        await an.ScreenshotAsync("13-nhiem-vu-tu-thong-bao");

        await saved.GetByRole(AriaRole.Link, new() { Name = corrected }).ClickAsync();
        await Expect(an.Page.GetByTestId("title")).ToHaveTextAsync(corrected);
        await Expect(an.Page.GetByTestId("deadline-text")).ToHaveTextAsync("trước ngày 30/6/2027");
        await Expect(an.Page.GetByTestId("lead-agency")).ToHaveTextAsync("Sở Ngoại vụ tỉnh Gia Lai");
        await Expect(an.Page.Locator("main")).ToContainTextAsync(Directive);
    }
}
