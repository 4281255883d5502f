using System.Security.Claims;

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
        // One pass over the claims, as every call makes it: the first claim of each type (claim types
        // compared as FindFirst compares them), every scope and every role.
        string? agency = null, province = null, subject = null, clientId = null, name = null;
        var scopes = new HashSet<string>();
        var isOperatorRole = false;
        foreach (var claim in user.Claims)
        {
            if (Is(claim, TokenClaims.Agency))
                agency ??= claim.Value;
            else if (Is(claim, TokenClaims.Province))
                province ??= claim.Value;
            else if (Is(claim, TokenClaims.Subject))
                subject ??= claim.Value;
            else if (Is(claim, TokenClaims.ClientId))
                clientId ??= claim.Value;
            else if (Is(claim, TokenClaims.Name))
                name ??= claim.Value;
            // RFC 9068 writes scopes as one space-separated claim; some issuers write one claim per scope.
            else if (Is(claim, TokenClaims.Scope))
                scopes.UnionWith(claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else if (Is(claim, TokenClaims.Role))
                isOperatorRole |= claim.Value == TokenClaims.OperatorRole;
        }
        var client = clientId ?? subject;
        if (agency is null || province is null || client is null)
            throw new UnauthenticatedException("the token carries no agency, province or client_id");
        var person = subject is not null && subject != client ? subject : null;
        return new Caller(client, ResourceNames.ParseId(Agency.Collection, agency, TokenClaims.Agency), province, scopes,
            person, person is null ? null : name, IsOperator: person is not null && isOperatorRole);
    }

    private static bool Is(Claim claim, string type) => string.Equals(claim.Type, type, StringComparison.OrdinalIgnoreCase);
}
