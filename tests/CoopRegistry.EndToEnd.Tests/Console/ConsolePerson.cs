using CoopRegistry.EndToEnd.Tests.People;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// One development person at the console in their own browser context (cookies of their own), on an
/// office screen (1366×768): signs in through the token service's page, opens pages, keeps screenshots.
/// </summary>
public sealed class ConsolePerson(ConsoleStackFixture stack, IBrowserContext context, IPage page, string username) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public static async Task<ConsolePerson> SignInAsync(ConsoleStackFixture stack, string username)
    {
        var context = await stack.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var person = DevPeople.Named(username);
        // The console sends a person without a session to the token service and back.
        await page.GotoAsync(stack.ConsoleUrl);
        await page.Locator("input[name=UserName]").FillAsync(person.Username);
        await page.Locator("input[name=Password]").FillAsync(person.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("person")).ToHaveTextAsync(person.DisplayName);
        return new ConsolePerson(stack, context, page, username);
    }

    public async Task OpenAsync(string path, string heading)
    {
        await Page.GotoAsync(stack.ConsoleUrl + path);
        await Expect(Page.Locator("h1").First).ToContainTextAsync(heading);
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(stack.ScreenshotFolder, $"{username}-{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
