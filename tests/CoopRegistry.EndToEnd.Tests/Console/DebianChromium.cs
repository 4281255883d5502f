using Microsoft.Playwright;

namespace CoopRegistry.EndToEnd.Tests.Console;

/// <summary>Debian's Chromium under Playwright (its own browser download does not work here), as every browser test starts it.</summary>
public static class DebianChromium
{
    /// <summary>Where `./coop test` installs it (Debian's chromium package).</summary>
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
