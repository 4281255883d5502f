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

    /// <param name="stamps">Extra claims, e.g. client_stamp and person_stamp as the token service writes them.</param>
    public static string For(
        Caller caller, TimeSpan? lifetime = null, string audience = Audience, SecurityKey? key = null, IReadOnlyDictionary<string, string>? stamps = null)
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
            Subject = new ClaimsIdentity(Claims(caller, stamps)),
        });
    }

    // A person's token names the person as sub, with their name and (operator) role; a system's names its client.
    private static IEnumerable<Claim> Claims(Caller caller, IReadOnlyDictionary<string, string>? stamps)
    {
        yield return new Claim("sub", caller.PersonId ?? caller.ClientId);
        yield return new Claim("client_id", caller.ClientId);
        yield return new Claim("agency", "agencies/" + caller.AgencyId);
        yield return new Claim("province", caller.ProvinceCode);
        yield return new Claim("scope", string.Join(' ', caller.Scopes));
        if (caller.PersonName is not null)
            yield return new Claim("name", caller.PersonName);
        if (caller.IsOperator)
            yield return new Claim("role", "operator");
        foreach (var (type, value) in stamps ?? new Dictionary<string, string>())
            yield return new Claim(type, value);
    }
}
