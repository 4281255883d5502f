using System.Security.Claims;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Reads the caller from a validated access token's claims (the token service's contract). A
/// system's token names its client as `sub`; a person's names the person as `sub` (a user name,
/// which always holds a dot and so is never a client id) and the client they came through as
/// `client_id`, with their display name as `name` and, for a national operator, role `operator`.
/// </summary>
public static class CallerClaims
{
    public const string Agency = "agency";
    public const string Province = "province";
    public const string ClientId = "client_id";
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientStamp = "client_stamp";
    public const string PersonStamp = "person_stamp";
    public const string OperatorRole = "operator";

    /// <summary>The token's iat; a token without one counts as issued at the start of time (judged by every snapshot).</summary>
    public static DateTimeOffset IssuedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("iat")?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;

    public static Caller ToCaller(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            throw new UnauthenticatedException("a valid bearer token from the registry's token service is required");
        var agency = user.FindFirst(Agency)?.Value;
        var province = user.FindFirst(Province)?.Value;
        var subject = user.FindFirst(Subject)?.Value;
        var client = user.FindFirst(ClientId)?.Value ?? subject;
        if (agency is null || province is null || client is null)
            throw new UnauthenticatedException("the token carries no agency, province or client_id");
        // RFC 9068 writes scopes as one space-separated claim; some issuers write one claim per scope.
        var scopes = user.FindAll(Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var person = subject is not null && subject != client ? subject : null;
        return new Caller(client, ResourceNames.ParseId(Domain.Directory.Agency.Collection, agency, Agency), province, scopes,
            person, person is null ? null : user.FindFirst(Name)?.Value,
            IsOperator: person is not null && user.FindAll(Role).Any(r => r.Value == OperatorRole));
    }
}
