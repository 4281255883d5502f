using System.Security.Claims;
using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Reads the caller from a validated access token's claims (the token service's contract). A
/// system's token names its client as `sub`; a person's names the person as `sub` (a user name,
/// which always holds a dot and so is never a client id) and the client they came through as
/// `client_id`, with their display name as `name` and, for a national operator, role `operator`
/// (<see cref="TokenClaims"/>).
/// </summary>
public static class CallerClaims
{
    /// <summary>The token's iat; a token without one counts as issued at the start of time (judged by every snapshot).</summary>
    public static DateTimeOffset IssuedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("iat")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;

    public static Caller ToCaller(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            throw new UnauthenticatedException("a valid bearer token from the registry's token service is required");
        var agency = user.FindFirst(TokenClaims.Agency)?.Value;
        var province = user.FindFirst(TokenClaims.Province)?.Value;
        var subject = user.FindFirst(TokenClaims.Subject)?.Value;
        var client = user.FindFirst(TokenClaims.ClientId)?.Value ?? subject;
        if (agency is null || province is null || client is null)
            throw new UnauthenticatedException("the token carries no agency, province or client_id");
        // RFC 9068 writes scopes as one space-separated claim; some issuers write one claim per scope.
        var scopes = user.FindAll(TokenClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var person = subject is not null && subject != client ? subject : null;
        return new Caller(client, ResourceNames.ParseId(Agency.Collection, agency, TokenClaims.Agency), province, scopes,
            person, person is null ? null : user.FindFirst(TokenClaims.Name)?.Value,
            IsOperator: person is not null && user.FindAll(TokenClaims.Role).Any(r => r.Value == TokenClaims.OperatorRole));
    }
}
