using System.Net;
using System.Text.Json;
using System.Web;

namespace CoopRegistry.Testing.People;

/// <summary>
/// A person getting tokens from the real token service the two ways people do: the web console's
/// authorization code with PKCE, and `coop login`'s device authorization grant.
/// </summary>
public static class PersonFlows
{
    public const string Console = "coop-console";
    public const string ConsoleRedirectUri = "http://127.0.0.1:5083/signin-oidc";
    public const string Cli = "coop-cli";

    /// <summary>Authorization code + PKCE: authorize, sign in on the page, take the code from the redirect, exchange it.</summary>
    public static async Task<JsonElement> AuthorizationCodeAsync(
        Browser browser, string userName, string password, string scope, Func<string?, string>? authenticatorCode = null)
    {
        var pkce = Pkce.New();
        var authorize = "/connect/authorize?" + Query(new()
        {
            ["client_id"] = Console,
            ["redirect_uri"] = ConsoleRedirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "state-1",
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        });
        var (page, at) = await browser.FollowAsync(authorize);
        var signedIn = await browser.SignInAsync(at, await Html(page), userName, password, authenticatorCode);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in did not go through: {Browser.ErrorOf(await signedIn.Content.ReadAsStringAsync())}");
        var (_, redirect) = await browser.FollowAsync(signedIn.Headers.Location!.ToString(), ConsoleRedirectUri);
        var returned = HttpUtility.ParseQueryString(redirect.Query);
        if (returned["state"] != "state-1" || returned["code"] is not { } code)
            throw new InvalidOperationException($"no code in the redirect: {redirect}");
        return await browser.PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Console,
            ["redirect_uri"] = ConsoleRedirectUri,
            ["code"] = code,
            ["code_verifier"] = pkce.Verifier,
        });
    }

    /// <summary>Asks for a device code as `coop login` does.</summary>
    public static Task<JsonElement> StartDeviceAsync(Browser device, string scope) =>
        device.PostTokenAsync(new Dictionary<string, string> { ["client_id"] = Cli, ["scope"] = scope }, "/connect/device");

    /// <summary>The person's side of the device flow: open the verification page with the code, sign in, allow.</summary>
    public static async Task ApproveDeviceAsync(Browser browser, string userCode, string userName, string password, Func<string?, string>? authenticatorCode = null)
    {
        var (page, at) = await browser.FollowAsync("/connect/verify?user_code=" + Uri.EscapeDataString(userCode));
        if (at.AbsolutePath != "/connect/verify")
        {
            var signedIn = await browser.SignInAsync(at, await Html(page), userName, password, authenticatorCode);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"sign-in did not go through: {Browser.ErrorOf(await signedIn.Content.ReadAsStringAsync())}");
            (page, at) = await browser.FollowAsync(signedIn.Headers.Location!.ToString());
        }
        var confirm = await Html(page);
        using var allowed = await browser.SubmitAsync(at, confirm, new Dictionary<string, string>());
        if (allowed.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"the device was not allowed ({(int)allowed.StatusCode}): {Browser.ErrorOf(await allowed.Content.ReadAsStringAsync()) ?? confirm}");
    }

    /// <summary>One poll of the token endpoint with a device code.</summary>
    public static Task<JsonElement> PollDeviceAsync(Browser device, string deviceCode) =>
        device.PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["client_id"] = Cli,
            ["device_code"] = deviceCode,
        });

    /// <summary>The whole device flow: start, approve as the person, then one poll for the tokens.</summary>
    public static async Task<JsonElement> DeviceAsync(Browser device, Browser person, string userName, string password, string scope)
    {
        var started = await StartDeviceAsync(device, scope);
        await ApproveDeviceAsync(person, started.GetProperty("user_code").GetString()!, userName, password);
        return await PollDeviceAsync(device, started.GetProperty("device_code").GetString()!);
    }

    public static Task<JsonElement> RefreshAsync(Browser client, string clientId, string refreshToken) =>
        client.PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = clientId,
            ["refresh_token"] = refreshToken,
        });

    /// <summary>Revokes a refresh token at the revocation endpoint (RFC 7009), as a sign-out does; true when the service accepted it.</summary>
    public static async Task<bool> RevokeAsync(Browser client, string clientId, string refreshToken)
    {
        using var response = await client.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
        }));
        return response.IsSuccessStatusCode;
    }

    private static async Task<string> Html(HttpResponseMessage response)
    {
        using (response)
            return await response.Content.ReadAsStringAsync();
    }

    private static string Query(Dictionary<string, string> values) =>
        string.Join('&', values.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
}
