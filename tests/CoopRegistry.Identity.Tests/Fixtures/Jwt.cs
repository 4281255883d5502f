using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>Reads a compact JWT as raw JSON (to see exact claim shapes) and validates it the way the registry will.</summary>
public static class Jwt
{
    public static JsonElement Header(string token) => Part(token, 0);

    public static JsonElement Payload(string token) => Part(token, 1);

    public static async Task<TokenValidationResult> ValidateAsync(HttpClient http, string token, string issuer = IdentityFactory.Issuer, string audience = "coopregistry")
    {
        var keys = new JsonWebKeySet(await http.GetStringAsync("/.well-known/jwks"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
        });
    }

    private static JsonElement Part(string token, int index) =>
        JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[index])).RootElement.Clone();
}
