using System.Security.Claims;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Server.Access;

/// <summary>Reads the caller from a validated access token's claims (the token service's contract).</summary>
public static class CallerClaims
{
    public const string Agency = "agency";
    public const string Province = "province";
    public const string ClientId = "client_id";
    public const string Scope = "scope";

    public static Caller ToCaller(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            throw new UnauthenticatedException("a valid bearer token from the registry's token service is required");
        var agency = user.FindFirst(Agency)?.Value;
        var province = user.FindFirst(Province)?.Value;
        var client = user.FindFirst(ClientId)?.Value ?? user.FindFirst("sub")?.Value;
        if (agency is null || province is null || client is null)
            throw new UnauthenticatedException("the token carries no agency, province or client_id");
        // RFC 9068 writes scopes as one space-separated claim; some issuers write one claim per scope.
        var scopes = user.FindAll(Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        return new Caller(client, ResourceNames.ParseId(Domain.Directory.Agency.Collection, agency, Agency), province, scopes);
    }
}
