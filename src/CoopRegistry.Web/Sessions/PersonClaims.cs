using System.Security.Claims;
using CoopRegistry.Domain.Access;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopRegistry.Web.Sessions;

/// <summary>
/// The claims of a console session: the person (from the identity token) and, read once from the
/// access token at sign-in, their agency, province and scopes, which decide what the pages offer.
/// The registry decides again at every call; these only keep buttons from promising what it refuses.
/// </summary>
public static class PersonClaims
{
    // The token's claims keep the names the token service gives them (TokenClaims); this one is the console's own.
    public const string Session = "console_session";

    /// <summary>Adds the access token's claims and a new session id; returns the id.</summary>
    public static string AddFromAccessToken(ClaimsIdentity identity, string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        foreach (var type in new[] { TokenClaims.Agency, TokenClaims.Province })
            if (token.TryGetPayloadValue<string>(type, out var value))
                identity.AddClaim(new Claim(type, value));
        foreach (var scope in Scopes(token))
            identity.AddClaim(new Claim(TokenClaims.Scope, scope));
        var sessionId = Guid.NewGuid().ToString("N");
        identity.AddClaim(new Claim(Session, sessionId));
        return sessionId;
    }

    // OpenIddict writes "scope" as one space-separated string.
    private static IEnumerable<string> Scopes(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(TokenClaims.Scope, out var scopes)
            ? scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : token.Claims.Where(c => c.Type is TokenClaims.Scope or "scp").Select(c => c.Value);
}
