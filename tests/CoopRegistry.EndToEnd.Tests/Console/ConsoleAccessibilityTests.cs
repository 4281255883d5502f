using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// Every page meets WCAG 2.1 A and AA as axe-core checks it in the real browser (contrast, labels,
/// landmarks, names of controls), as the officer sees it on an office screen.
/// </summary>
public class ConsoleAccessibilityTests(ConsoleStackFixture stack) : IClassFixture<ConsoleStackFixture>
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("nguyen.van.an", "/", "Tổng quan")]
    [InlineData("nguyen.van.an", "/agreements", "Thỏa thuận")]
    [InlineData("nguyen.van.an", "/agreements/vn30-laat-mou-2025-2030", "Attapeu")]
    [InlineData("nguyen.van.an", "/plans", "Kế hoạch")]
    [InlineData("nguyen.van.an", "/plans/new", "Kế hoạch")]
    [InlineData("nguyen.van.an", "/events", "Sự kiện")]
    [InlineData("nguyen.van.an", "/events/new", "Sự kiện")]
    [InlineData("nguyen.van.an", "/commitments", "Nhiệm vụ")]
    [InlineData("nguyen.van.an", "/directives", "Văn bản chỉ đạo")]
    [InlineData("nguyen.van.an", "/reports", "Báo cáo")]
    [InlineData("nguyen.van.an", "/notices/import", "")]
    [InlineData("pham.van.em", "/admin", "Quản trị")]
    public async Task A_page_has_no_WCAG_2_1_AA_violation(string username, string path, string heading)
    {
        await using var person = await ConsolePerson.SignInAsync(stack, username);
        await person.OpenAsync(path, heading);

        var result = await person.Page.RunAxe(WcagAa);

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
