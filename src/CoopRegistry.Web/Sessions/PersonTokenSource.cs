using CoopRegistry.Clients;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoopRegistry.Web.Sessions;

/// <summary>The signed-in person's access token for each registry call made from their page (a scoped service: one per circuit).</summary>
public sealed class PersonTokenSource(AuthenticationStateProvider authentication, PersonSessions sessions) : IAccessTokenSource
{
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var sessionId = state.User.FindFirst(PersonClaims.Session)?.Value ?? throw new SessionExpiredException();
        try
        {
            return await sessions.AccessTokenAsync(sessionId, cancellationToken);
        }
        catch (AccessTokenException)
        {
            // The refresh token is spent or revoked (a reset password, a removed role).
            sessions.End(sessionId);
            throw new SessionExpiredException();
        }
    }
}
