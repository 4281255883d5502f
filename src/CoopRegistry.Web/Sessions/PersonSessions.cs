using System.Collections.Concurrent;
using CoopRegistry.Clients;

namespace CoopRegistry.Web.Sessions;

/// <summary>
/// Each signed-in person's tokens, by session id: an <see cref="AccessTokenCache"/> of the client
/// library on their refresh token, so access tokens are renewed before they expire while a page is
/// open (the cookie cannot be rewritten over the page's live connection). The current refresh
/// token is kept in <see cref="SessionTokenStore"/>, from which a restarted console resumes.
/// </summary>
public sealed class PersonSessions(
    IHttpClientFactory http, IOptions<ConsoleOptions> settings, TimeProvider time, SessionTokenStore store, RefreshTokenRevocation revocation)
{
    public const string TokenHttpClient = "CoopRegistry.Web.Token";

    /// <summary>The sign-in property that asks the token service to show its sign-in page again.</summary>
    public const string PromptKey = "coop.prompt";

    private readonly ConcurrentDictionary<string, Session> sessions = new();

    public void Start(string sessionId, string? refreshToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
            throw new InvalidOperationException("the token service returned no refresh token: is offline_access allowed for the console client?");
        store.Prune();
        store.Save(sessionId, refreshToken);
        sessions[sessionId] = NewSession(sessionId, refreshToken);
    }

    /// <summary>
    /// After a restart of the console: the session's kept refresh token. False when none is kept (the
    /// person signed out, or the session was refused): the cookie alone does not bring it back, as
    /// its own refresh token was spent by rotation and revoked at sign-out.
    /// </summary>
    public bool Resume(string sessionId)
    {
        if (sessions.ContainsKey(sessionId))
            return true;
        if (store.Load(sessionId) is not { } refreshToken)
            return false;
        sessions.TryAdd(sessionId, NewSession(sessionId, refreshToken));
        return true;
    }

    /// <summary>Forgets the session here (its token was refused: it is over at the token service already).</summary>
    public void End(string sessionId)
    {
        if (sessions.TryRemove(sessionId, out var session))
        {
            lock (session)
            {
                session.Ended = true;
                store.Delete(sessionId);
            }
        }
        else
        {
            store.Delete(sessionId);
        }
    }

    /// <summary>
    /// Signing out: the session's refresh tokens are revoked at the token service, then forgotten. The
    /// current one and the cookie's (spent by rotation, but accepted again within the token service's
    /// reuse leeway), so a copy of the cookie cannot bring the session back.
    /// </summary>
    public async Task SignOutAsync(string sessionId, string? cookieRefreshToken, CancellationToken cancellationToken)
    {
        var current = sessions.TryGetValue(sessionId, out var session) ? session.RefreshToken : store.Load(sessionId);
        End(sessionId);
        foreach (var token in new[] { current, cookieRefreshToken }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
            await revocation.RevokeAsync(token!, cancellationToken);
    }

    public ValueTask<string> AccessTokenAsync(string sessionId, CancellationToken cancellationToken) =>
        sessions.TryGetValue(sessionId, out var session)
            ? session.Cache.GetAsync(cancellationToken)
            : throw new SessionExpiredException();

    private Session NewSession(string sessionId, string refreshToken)
    {
        var session = new Session { RefreshToken = refreshToken };
        var options = new CoopRegistryClientOptions
        {
            Address = new Uri(settings.Value.RegistryUrl),
            TokenEndpoint = new Uri(settings.Value.Authority.TrimEnd('/') + "/connect/token"),
            ClientId = settings.Value.ClientId,
            RefreshToken = refreshToken,
            RefreshTokenChanged = replaced =>
            {
                lock (session)
                {
                    if (!session.Ended)
                    {
                        session.RefreshToken = replaced;
                        store.Save(sessionId, replaced);
                        return;
                    }
                }
                // A refresh on its way while the person signed out: its new token is never kept, and it is revoked.
                _ = revocation.RevokeAsync(replaced, CancellationToken.None);
            },
        };
        session.Cache = new AccessTokenCache(http.CreateClient(TokenHttpClient), Options.Create(options), time);
        return session;
    }

    private sealed class Session
    {
        public required string RefreshToken { get; set; }

        /// <summary>Signed out or refused: a refresh token that arrives later must not bring the session back.</summary>
        public bool Ended { get; set; }

        public AccessTokenCache Cache { get; set; } = default!;
    }
}
