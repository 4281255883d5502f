using System.Text;
using CoopRegistry.EndToEnd.Tests.Auth;
using static Microsoft.Playwright.Assertions;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>
/// A partner's web page calls the registry from Chromium through gRPC-Web with the TypeScript
/// package's browser entry, bundled by esbuild (clients/typescript, `npm run build`; ./coop test
/// builds it first), from its own origin, which the registry's CORS allow-list names.
/// </summary>
public sealed class BrowserClientTests(BrowserStackFixture stack) : IClassFixture<BrowserStackFixture>
{
    private const string Page = """
        <!doctype html>
        <html lang="vi"><meta charset="utf-8"><title>Đối tác</title>
        <p id="answer">…</p>
        <script type="module" src="/page.js"></script>
        </html>
        """;

    private static string Bundle()
    {
        var path = Path.Combine(Testing.RepositoryPaths.Root, "clients", "typescript", "dist", "examples", "browser-page.bundle.js");
        return File.Exists(path) ? path : throw new FileNotFoundException("build clients/typescript first: `npm ci && npm run build` there (./coop test does)", path);
    }

    [Fact]
    public async Task A_page_on_a_partners_origin_reads_a_province_through_grpc_web()
    {
        var bundle = Bundle();
        stack.Serve["/index.html"] = ("text/html; charset=utf-8", () => Encoding.UTF8.GetBytes(Page));
        stack.Serve["/page.js"] = ("text/javascript", () => File.ReadAllBytes(bundle));
        var token = await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu"));

        await using var context = await stack.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var grpcWeb = page.WaitForResponseAsync(r => r.Url.EndsWith("/coopregistry.v1.DirectoryService/GetProvince", StringComparison.Ordinal));
        await page.GotoAsync($"{stack.PartnerOrigin}/index.html#registry={Uri.EscapeDataString(stack.HttpUrl)}&token={token}&timeoutMs=120000");

        await Expect(page.Locator("#answer[data-done=true]")).ToHaveTextAsync("provinces/VN-30: Gia Lai");
        var call = await grpcWeb;
        Assert.StartsWith("application/grpc-web", await call.Request.HeaderValueAsync("content-type"));
        Assert.Equal(stack.PartnerOrigin, await call.HeaderValueAsync("access-control-allow-origin"));
    }
}
