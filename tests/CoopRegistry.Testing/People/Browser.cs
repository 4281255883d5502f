using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoopRegistry.Testing.People;

/// <summary>
/// A person at the token service's pages, without a browser: an HttpClient that keeps cookies and
/// does not follow redirects, filling in the forms (antiforgery token included) as a person would.
/// </summary>
public sealed partial class Browser(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>A browser on <paramref name="baseUrl"/> with its own cookie jar.</summary>
    public static Browser At(string baseUrl) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
        });

    /// <summary>GETs <paramref name="url"/> and follows redirects on the token service, returning the last response and where it was.</summary>
    public async Task<(HttpResponseMessage Response, Uri Location)> FollowAsync(string url, string? stopAtPrefix = null)
    {
        var location = new Uri(Http.BaseAddress!, url);
        for (var hops = 0; ; hops++)
        {
            if (stopAtPrefix is not null && location.ToString().StartsWith(stopAtPrefix, StringComparison.Ordinal))
                return (new HttpResponseMessage(HttpStatusCode.Redirect), location);
            var response = await Http.GetAsync(location);
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || hops > 10)
                return (response, location);
            location = new Uri(location, response.Headers.Location!);
            response.Dispose();
        }
    }

    /// <summary>POSTs the first form of <paramref name="page"/> (a page's HTML from <paramref name="pageUrl"/>) with its hidden fields plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(Uri pageUrl, string page, IReadOnlyDictionary<string, string> fields, string? handler = null)
    {
        var form = Hidden(page);
        foreach (var (name, value) in fields)
            form[name] = value;
        var action = handler is null ? pageUrl : new Uri(pageUrl, $"{pageUrl.AbsolutePath}?handler={handler}");
        return await Http.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in on the sign-in <paramref name="page"/> at <paramref name="signInUrl"/>; a second factor is answered by <paramref name="authenticatorCode"/>, given the key shown at set-up (null when none is shown).</summary>
    public async Task<HttpResponseMessage> SignInAsync(Uri signInUrl, string page, string userName, string password, Func<string?, string>? authenticatorCode = null)
    {
        var response = await SubmitAsync(signInUrl, page, new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password }, "password");
        if (response.StatusCode != HttpStatusCode.OK || authenticatorCode is null)
            return response;
        var second = await response.Content.ReadAsStringAsync();
        var key = KeyPattern().Match(second) is { Success: true } match ? match.Groups[1].Value : null;
        return await SubmitAsync(signInUrl, second, new Dictionary<string, string> { ["Code"] = authenticatorCode(key) }, "code");
    }

    public static string? ErrorOf(string page) => ErrorPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public async Task<JsonElement> PostTokenAsync(IReadOnlyDictionary<string, string> form, string path = "/connect/token")
    {
        using var response = await Http.PostAsync(path, new FormUrlEncodedContent(form));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => Http.Dispose();

    // The hidden inputs of the first form, whatever the order of their attributes.
    private static Dictionary<string, string> Hidden(string page)
    {
        var start = page.IndexOf("<form", StringComparison.Ordinal);
        var end = page.IndexOf("</form>", Math.Max(start, 0), StringComparison.Ordinal);
        var form = start < 0 || end < 0 ? page : page[start..end];
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "type") == "hidden" && Attribute(tag, "name") is { } name)
                fields[name] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("class=\"error\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorPattern();
}
