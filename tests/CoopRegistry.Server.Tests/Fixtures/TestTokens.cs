using System.Security.Claims;
using System.Security.Cryptography;
using CoopRegistry.Domain.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// Signs access tokens shaped like the token service's, with a key the in-process registry is told
/// to trust. The end-to-end tests use the real token service instead.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://tokens.coopregistry.test/";
    public const string Audience = "coopregistry";

    public static readonly SecurityKey Key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" };

    public static string For(Caller caller, TimeSpan? lifetime = null, string audience = Audience, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromMinutes(15));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = lifetime < TimeSpan.Zero ? expires.AddMinutes(-1) : now,
            NotBefore = lifetime < TimeSpan.Zero ? expires.AddMinutes(-1) : now,
            Expires = expires,
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", caller.ClientId),
                new Claim("client_id", caller.ClientId),
                new Claim("agency", "agencies/" + caller.AgencyId),
                new Claim("province", caller.ProvinceCode),
                new Claim("scope", string.Join(' ', caller.Scopes)),
            ]),
        });
    }
}
