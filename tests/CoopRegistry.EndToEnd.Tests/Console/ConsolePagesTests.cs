using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// Every page opens by its address, in Vietnamese, with the seeded records, reached by keyboard
/// from the menu; the administrator sees the province's people. Screenshots of each are kept.
/// </summary>
public class ConsolePagesTests(ConsoleStackFixture stack) : IClassFixture<ConsoleStackFixture>
{
    [Theory]
    [InlineData("/plans", "Kế hoạch", "Kế hoạch đẩy mạnh hợp tác hữu nghị với các tỉnh Nam Lào và Đông Bắc Campuchia")]
    [InlineData("/events", "Sự kiện", "Hội nghị xúc tiến đầu tư tại tỉnh Stung Treng")]
    [InlineData("/commitments?state=Overdue", "Nhiệm vụ", "Quá hạn")]
    [InlineData("/directives", "Văn bản chỉ đạo", "Nghị quyết của Bộ Chính trị về hội nhập quốc tế trong tình hình mới")]
    [InlineData("/reports", "Báo cáo", "Tỷ lệ hoàn thành theo cơ quan chủ trì")]
    public async Task A_page_opens_by_its_address_with_the_registrys_records(string path, string heading, string shown)
    {
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        await an.OpenAsync(path, heading);
        await Expect(an.Page.Locator("main")).ToContainTextAsync(shown);
        await an.ScreenshotAsync(path.Trim('/').Split('?')[0]);
    }

    [Fact]
    public async Task The_menu_is_reached_by_keyboard()
    {
        await using var an = await ConsolePerson.SignInAsync(stack, "nguyen.van.an");
        var agreements = an.Page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Thỏa thuận" });
        // Tab until the menu's link has the focus, as a keyboard user does; the menu comes early in the order.
        for (var presses = 0; presses < 20 && !await agreements.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await an.Page.Keyboard.PressAsync("Tab");
        await Expect(agreements).ToBeFocusedAsync();
        await an.Page.Keyboard.PressAsync("Enter");
        await Expect(an.Page.Locator("h1")).ToHaveTextAsync("Thỏa thuận");
    }

    [Fact]
    public async Task The_administrator_sees_the_provinces_people_and_systems()
    {
        await using var em = await ConsolePerson.SignInAsync(stack, "pham.van.em");
        await em.OpenAsync("/admin", "Quản trị");
        await Expect(em.Page.GetByTestId("people")).ToContainTextAsync("nguyen.van.an");
        await Expect(em.Page.GetByTestId("clients")).ToContainTextAsync("vn30-so-ngoai-vu");
        await em.ScreenshotAsync("quan-tri");
    }
}
