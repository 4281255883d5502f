using Microsoft.Playwright;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>
/// The token service and the registry (<see cref="StackFixture"/>), the console beside them as its
/// own process, and Debian's Chromium driven by Playwright (its own browser download does not work
/// here). The token service is told where the console runs, so its sign-in callback is allowed.
/// </summary>
public sealed class ConsoleStackFixture : StackFixture
{
    private AppProcess? console;
    private Dictionary<string, string> consoleSettings = [];
    private IPlaywright? playwright;

    public string ConsoleUrl { get; } = $"http://127.0.0.1:{AppProcess.FreePort()}";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Screenshots for review, in the test output (not committed).</summary>
    public string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings() => [new("Identity__ConsoleUrl", ConsoleUrl)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        consoleSettings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Console__Url"] = ConsoleUrl,
            ["Console__Authority"] = TokenUrl,
            ["Console__RegistryUrl"] = GrpcUrl,
            ["Console__DataFolder"] = Directory.CreateTempSubdirectory("coop-console-").FullName,
        };
        await StartConsoleAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
        // Waits, not assertions: on a loaded 2-core machine a page's first render can take long.
        Assertions.SetDefaultExpectTimeout(90_000);
    }

    /// <summary>Stops the console and starts it again on the same address and data folder, as an upgrade does.</summary>
    public async Task RestartConsoleAsync()
    {
        await console!.DisposeAsync();
        await StartConsoleAsync();
    }

    private async Task StartConsoleAsync()
    {
        console = AppProcess.Start(AppProcess.Dll("CoopRegistry.Web"), consoleSettings);
        await console.WaitUntilReadyAsync($"{ConsoleUrl}/healthz");
    }

    public string ConsoleOutput => console?.Output ?? "";

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        if (console is not null)
            await console.DisposeAsync();
        await base.DisposeAsync();
    }
}
