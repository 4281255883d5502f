using CoopRegistry.EndToEnd.Tests.People;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// Forms and the rest of the pages in a real browser: a refused save names the field beside it and
/// the record then moves on; the report opens the commitments behind a figure; the administrator
/// adds a person; signing out ends the session for good, a copied cookie included.
/// </summary>
public class ConsoleFormsTests(ConsoleStackFixture stack) : IClassFixture<ConsoleStackFixture>
{
    private const string Plan = "/plans/vn30-trien-khai-mou-dong-bac-campuchia";

    [Fact]
    public async Task The_officer_sees_the_refused_field_fixes_the_plan_and_submits_it()
    {
        var summary = $"Tổ chức đoàn công tác và hội nghị xúc tiến ({Guid.NewGuid():N})"[..60];
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        await an.OpenAsync(Plan, "Kế hoạch cụ thể");
        await an.Page.GetByTestId("edit").ClickAsync();
        var title = an.Page.GetByLabel("Tên kế hoạch", new() { Exact = true });
        var original = await title.InputValueAsync();
        await title.FillAsync("");
        await an.Page.GetByTestId("save").ClickAsync();
        await Expect(an.Page.GetByTestId("error")).ToContainTextAsync("Dữ liệu chưa hợp lệ");
        await Expect(an.Page.Locator(".mud-input-control", new() { Has = title })).ToContainTextAsync("Bắt buộc nhập");
        await an.ScreenshotAsync("09-sua-ke-hoach-loi");

        await title.FillAsync(original);
        await an.Page.GetByLabel("Tóm tắt", new() { Exact = true }).FillAsync(summary);
        await an.Page.GetByTestId("save").ClickAsync();
        await Expect(an.Page.Locator("main")).ToContainTextAsync(summary);
        await an.Page.GetByRole(AriaRole.Button, new() { Name = "Trình phê duyệt" }).ClickAsync();
        await an.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await Expect(an.Page.GetByTestId("state")).ToHaveTextAsync("Đã trình");
        await an.ScreenshotAsync("10-ke-hoach-da-trinh");
    }

    [Fact]
    public async Task The_report_opens_the_commitments_behind_a_figure()
    {
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        await an.OpenAsync("/reports", "Báo cáo");
        await an.Page.GetByTestId("figure-Total").ClickAsync();
        await Expect(an.Page.GetByTestId("commitments").GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await an.ScreenshotAsync("11-bao-cao-chi-tiet");
    }

    [Fact]
    public async Task The_administrator_adds_a_person_and_sees_the_password_once()
    {
        var username = $"tran.van.moi{Random.Shared.Next(1000, 9999)}";
        await using var em = await ConsolePerson.SignInAsync(stack, "pham.van.em");
        await em.OpenAsync("/admin", "Quản trị");
        // The list loaded means the page is live (a click on the prerendered page would be lost).
        await Expect(em.Page.GetByTestId("people")).ToContainTextAsync("pham.van.em");
        await em.Page.GetByTestId("add-person").ClickAsync();
        var dialog = em.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId("username").FillAsync(username);
        await dialog.GetByTestId("display-name").FillAsync("Trần Văn Mới");
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Cơ quan" }).ClickAsync();
        await em.Page.GetByRole(AriaRole.Option, new() { Name = "Sở Ngoại vụ tỉnh Gia Lai", Exact = true }).ClickAsync();
        await dialog.GetByTestId("save").ClickAsync();
        await Expect(em.Page.GetByTestId("secret")).ToContainTextAsync(username);
        await Expect(em.Page.GetByTestId("people")).ToContainTextAsync(username);
        await em.ScreenshotAsync("quan-tri-them-nguoi");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_a_copied_cookie_does_not_bring_it_back()
    {
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        // The console's session cookie only (the token service's own is on the same host, another port).
        var copied = (await an.Page.Context.CookiesAsync()).Where(c => c.Name.StartsWith("coop.console", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copied);
        await an.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(an.Page.Locator("input[name=UserName]")).ToBeVisibleAsync();

        await using var elsewhere = await stack.Browser.NewContextAsync();
        await elsewhere.AddCookiesAsync(copied.Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        var page = await elsewhere.NewPageAsync();
        await page.GotoAsync(stack.ConsoleUrl + "/agreements");
        // Sent to sign in: the session is over, not resumed from the cookie.
        await Expect(page.Locator("input[name=UserName]")).ToBeVisibleAsync();
        Assert.StartsWith(stack.TokenUrl, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_stays_signed_in_when_the_console_restarts()
    {
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        await an.OpenAsync("/agreements", "Thỏa thuận");

        await stack.RestartConsoleAsync();

        // The session and its tokens are kept in the data folder: the next page opens without a new sign-in.
        await an.OpenAsync("/commitments", "Nhiệm vụ");
        Assert.StartsWith(stack.ConsoleUrl, an.Page.Url, StringComparison.Ordinal);
        await Expect(an.Page.GetByTestId("person")).ToHaveTextAsync(DevPeople.Named("nguyen.van.an").DisplayName);
    }
}
