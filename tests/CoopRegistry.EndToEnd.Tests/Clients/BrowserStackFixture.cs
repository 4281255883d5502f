using System.Net;
using CoopRegistry.EndToEnd.Tests.Console;
using Microsoft.Playwright;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>
/// The stack (<see cref="StackFixture"/>) with a partner's web app beside it: a page served on its
/// own origin (another loopback port, so the browser applies CORS), that origin in the registry's
/// Registry:Cors:AllowedOrigins, and Debian's Chromium to open it.
/// </summary>
public sealed class BrowserStackFixture : StackFixture
{
    private readonly HttpListener site = new();
    private IPlaywright? playwright;

    /// <summary>The partner app's origin, where <see cref="Serve"/>'s files are answered.</summary>
    public string PartnerOrigin { get; } = $"http://127.0.0.1:{AppProcess.FreePort()}";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The files the partner's site answers, by path (e.g. "/index.html"): content type and file.</summary>
    public Dictionary<string, (string ContentType, Func<byte[]> Body)> Serve { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings() => [new("Registry__Cors__AllowedOrigins__0", PartnerOrigin)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        site.Prefixes.Add($"{PartnerOrigin}/");
        site.Start();
        _ = Task.Run(AnswerAsync);
        playwright = await Playwright.CreateAsync();
        Browser = await DebianChromium.LaunchAsync(playwright);
        // Waits, not assertions: on a loaded 2-core machine a page's first call can take long.
        Assertions.SetDefaultExpectTimeout(90_000);
    }

    private async Task AnswerAsync()
    {
        while (site.IsListening)
        {
            HttpListenerContext request;
            try
            {
                request = await site.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return; // stopped
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            using var response = request.Response;
            if (Serve.TryGetValue(request.Request.Url!.AbsolutePath, out var file))
            {
                var body = file.Body();
                response.ContentType = file.ContentType;
                await response.OutputStream.WriteAsync(body);
            }
            else
                response.StatusCode = 404;
        }
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        site.Close();
        await base.DisposeAsync();
    }
}
