using System.CommandLine;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Profiles;
using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>login</c>, <c>logout</c>, <c>profiles</c>: saved logins (a person's refresh token or a system's client credentials), one profile each.</summary>
public static class LoginCommands
{
    public const string SecretVariable = "COOP_CLIENT_SECRET";

    public static Command Login()
    {
        var address = new Option<string>("--address") { Description = "The registry's gRPC address", DefaultValueFactory = _ => Env("COOP_GRPC_URL", "http://127.0.0.1:5080") };
        var tokenUrl = new Option<string>("--token-url") { Description = "The token service (its /connect/token is used) or the token endpoint itself", DefaultValueFactory = _ => Env("COOP_TOKEN_URL", "http://127.0.0.1:5081") };
        var clientId = new Option<string>("--client-id") { Description = "A system's OAuth2 client (one per agency or partner system); without it a person signs in in their browser" };
        var command = new Command("login", "Sign in and save a profile. A person: prints an address and a code to enter there (device flow), then keeps a refresh token, never a password. "
            + $"A system (--client-id): checks its client credentials and keeps them; the secret is read from ${SecretVariable}, else from standard input, else asked for without echo, and never printed.")
        {
            address, tokenUrl, clientId,
        };
        command.SetAction(async (result, ct) =>
        {
            var endpoint = TokenEndpoint(result.GetValue(tokenUrl)!);
            var registry = result.GetValue(address)!.TrimEnd('/');
            Profiles.Profile profile;
            string token;
            if (result.GetValue(clientId) is { Length: > 0 } system)
            {
                profile = new Profiles.Profile(registry, endpoint, system, ReadSecret());
                await using var services = Session.Open(profile, Cli.Timeout(result));
                token = await services.GetRequiredService<AccessTokenCache>().GetAsync(ct);
            }
            else
            {
                // On standard error, so that --output json on standard output stays one document.
                var tokens = await DeviceLogin.RunAsync(endpoint, (uri, code, complete) =>
                    Console.Error.WriteLine($"To sign in, open {uri} and enter the code {code}{(complete is null ? "" : $" (or open {complete})")}"), ct);
                token = tokens.AccessToken;
                profile = new Profiles.Profile(registry, endpoint, DeviceLogin.ClientId, null, tokens.RefreshToken, TokenClaims.Read(token)?["sub"]?.GetValue<string>());
            }
            var name = result.GetValue(Cli.ProfileOption)!;
            var store = ProfileStore.Default();
            store.Save(name, profile);
            WhoAmICommand.Print(Cli.Printer(result), name, profile, TokenClaims.Read(token), $"saved in {store.Path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Logout()
    {
        var command = new Command("logout", "Forget a profile and its secret or refresh token; a person's refresh token is revoked at the token service first");
        command.SetAction(async (result, ct) =>
        {
            var name = result.GetValue(Cli.ProfileOption)!;
            var store = ProfileStore.Default();
            if (!store.Load().TryGetValue(name, out var profile))
                throw new NotFoundException($"no profile '{name}'");
            var notRevoked = profile.RefreshToken is { } refreshToken
                ? await SignOut.RevokeAsync(profile.TokenEndpoint, profile.ClientId, refreshToken, ct)
                : null;
            store.Remove(name);
            // The profile goes either way; an unreachable token service is said, not hidden.
            if (notRevoked is not null)
                Console.Error.WriteLine($"coop: the token service did not revoke the sign-in ({notRevoked}); it ends when its refresh token expires");
            Cli.Printer(result).Line($"Profile '{name}' removed");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Profiles()
    {
        var command = new Command("profiles", "List the saved profiles (never their secrets)");
        command.SetAction(result =>
        {
            var printer = Cli.Printer(result);
            var profiles = ProfileStore.Default().Load();
            if (printer.Json)
            {
                var array = new JsonArray(profiles.Select(p => (JsonNode)new JsonObject
                {
                    ["profile"] = p.Key,
                    ["address"] = p.Value.Address,
                    ["tokenEndpoint"] = p.Value.TokenEndpoint,
                    ["clientId"] = p.Value.ClientId,
                    ["person"] = p.Value.Person,
                }).ToArray());
                printer.Raw(array);
            }
            else
            {
                printer.Table(["profile", "address", "token endpoint", "client", "person"],
                    profiles.Select(p => (IReadOnlyList<string>)[p.Key, p.Value.Address, p.Value.TokenEndpoint, p.Value.ClientId, p.Value.Person ?? ""]));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : fallback;

    private static string TokenEndpoint(string url)
    {
        url = url.TrimEnd('/');
        return url.EndsWith("/token", StringComparison.Ordinal) ? url : url + "/connect/token";
    }

    private static string ReadSecret()
    {
        var secret = Environment.GetEnvironmentVariable(SecretVariable);
        if (string.IsNullOrEmpty(secret))
        {
            secret = Console.IsInputRedirected
                ? Console.In.ReadLine()
                : AnsiConsole.Prompt(new TextPrompt<string>("Client secret:").Secret(null));
        }
        secret = secret?.Trim();
        return string.IsNullOrEmpty(secret)
            ? throw new UsageException($"no client secret: set {SecretVariable}, pipe it on standard input, or type it when asked")
            : secret;
    }
}
