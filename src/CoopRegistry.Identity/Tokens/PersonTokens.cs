using System.Security.Claims;
using static OpenIddict.Abstractions.OpenIddictConstants;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;
using TokenClaims = CoopRegistry.Domain.Access.TokenClaims;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// Builds a person's token principal, at sign-in (authorization and device verification) and again
/// at every code, device-code or refresh-token exchange, from the person as stored now: a disabled
/// person, a reset password, a removed role or a client revoked since refuses the exchange.
/// </summary>
public sealed class PersonTokens(
    UserManager<Person> people, IOpenIddictApplicationManager applications, IOptions<TokenServiceOptions> settings)
{
    /// <summary>The scopes a person may hold, plus the protocol scopes (openid, offline_access) when asked.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(Person person, string clientId, IEnumerable<string> requested, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"client {clientId} is gone");
        var client = await ClientProfile.ReadAsync(applications, application, cancellationToken);
        var held = PersonRoles.ScopesOf(await people.GetRolesAsync(person)).ToList();
        var asked = requested.ToList();
        var registry = asked.Any(RegistryScopes.All.Contains) ? held.Intersect(asked) : held;
        var protocol = asked.Where(s => s is Scopes.OpenId or Scopes.OfflineAccess);
        var isOperator = settings.Value.Operators.Contains(person.Id, StringComparer.Ordinal);
        return AccessTokenPrincipal.ForPerson(person, isOperator, clientId, client, [.. registry, .. protocol]);
    }

    /// <summary>Why an earlier grant no longer holds, or null with the person when it still does.</summary>
    public async Task<(Person? Person, string? Refusal)> RecheckAsync(ClaimsPrincipal granted, CancellationToken cancellationToken)
    {
        var person = granted.GetClaim(Claims.Subject) is { } id ? await people.FindByIdAsync(id) : null;
        if (person is null || person.Disabled)
            return (null, "this person can no longer sign in");
        if (granted.GetClaim(TokenClaims.PersonStamp) != TokenStamps.OfPerson(person.SecurityStamp))
            return (null, "the sign-in was revoked (password reset, role removed or account disabled): sign in again");
        var clientId = granted.GetClaim(Claims.ClientId) ?? "";
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        var stamp = application is null ? null : (await ClientProfile.ReadAsync(applications, application, cancellationToken)).Stamp;
        if (stamp is null || (granted.GetClaim(TokenClaims.ClientStamp) ?? "") != stamp)
            return (null, $"client {clientId} was revoked since this sign-in: sign in again");
        return (person, null);
    }
}
