using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Profiles;
using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>login</c>, <c>logout</c>, <c>profiles</c>: saved client credentials, one profile per registry and client.</summary>
public static class LoginCommands
{
    public const string SecretVariable = "COOP_CLIENT_SECRET";

    public static Command Login()
    {
        var address = new Option<string>("--address") { Description = "The registry's gRPC address", DefaultValueFactory = _ => Env("COOP_GRPC_URL", "http://127.0.0.1:5080") };
        var tokenUrl = new Option<string>("--token-url") { Description = "The token service (its /connect/token is used) or the token endpoint itself", DefaultValueFactory = _ => Env("COOP_TOKEN_URL", "http://127.0.0.1:5081") };
        var clientId = new Option<string>("--client-id") { Description = "The OAuth2 client (one per agency or partner system)", Required = true };
        var command = new Command("login", $"Save client credentials in a profile after checking them with the token service. The secret is read from ${SecretVariable}, else from standard input, else asked for without echo; it is never printed.")
        {
            address, tokenUrl, clientId,
        };
        command.SetAction(async (result, ct) =>
        {
            var printer = Cli.Printer(result);
            var endpoint = TokenEndpoint(result.GetValue(tokenUrl)!);
            var secret = ReadSecret();
            var profile = new Profiles.Profile(result.GetValue(address)!.TrimEnd('/'), endpoint, result.GetValue(clientId)!, secret);
            await using var services = Session.Open(profile, Cli.Timeout(result));
            var token = await services.GetRequiredService<AccessTokenCache>().GetAsync(ct);
            var name = result.GetValue(Cli.ProfileOption)!;
            var store = ProfileStore.Default();
            store.Save(name, profile);
            var claims = Claims(token);
            if (printer.Json)
            {
                printer.Raw(new JsonObject
                {
                    ["profile"] = name,
                    ["address"] = profile.Address,
                    ["clientId"] = profile.ClientId,
                    ["agency"] = claims?["agency"]?.DeepClone(),
                    ["province"] = claims?["province"]?.DeepClone(),
                    ["scope"] = claims?["scope"]?.DeepClone(),
                });
            }
            else
            {
                printer.Line($"Logged in to {profile.Address} as {profile.ClientId} ({claims?["agency"]}, scopes: {claims?["scope"]}); profile '{name}' saved in {store.Path}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Logout()
    {
        var command = new Command("logout", "Forget a profile and its secret");
        command.SetAction(result =>
        {
            var name = result.GetValue(Cli.ProfileOption)!;
            if (!ProfileStore.Default().Remove(name))
                throw new NotFoundException($"no profile '{name}'");
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
                }).ToArray());
                printer.Raw(array);
            }
            else
            {
                printer.Table(["profile", "address", "token endpoint", "client"], profiles.Select(p => (IReadOnlyList<string>)[p.Key, p.Value.Address, p.Value.TokenEndpoint, p.Value.ClientId]));
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

    /// <summary>The token's claims, to say who logged in (read only; the registry checks the signature).</summary>
    private static JsonObject? Claims(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
            return null;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
