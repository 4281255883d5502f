using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopRegistry.Cli.Commands;

/// <summary>An access token's claims, read to say who is signed in (the registry checks the signature, not this).</summary>
public static class TokenClaims
{
    public static JsonObject? Read(string token)
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
