using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopRegistry.AuditBenchmark;

/// <summary>An access token of the Department of Foreign Affairs (manage VN-30), signed with a key the in-process registry trusts.</summary>
public static class BenchTokens
{
    public const string Issuer = "https://tokens.coopregistry.bench/";

    public static readonly SecurityKey Key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "bench-key" };

    public static string ForeignAffairs() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = "coopregistry",
        Expires = DateTime.UtcNow.AddHours(1),
        TokenType = "at+jwt",
        SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        Subject = new ClaimsIdentity(
        [
            new Claim("sub", "dofa"),
            new Claim("client_id", "dofa"),
            new Claim("agency", "agencies/vn30-so-ngoai-vu"),
            new Claim("province", "VN-30"),
            new Claim("scope", "registry.read registry.manage registry.report"),
        ]),
    });
}
