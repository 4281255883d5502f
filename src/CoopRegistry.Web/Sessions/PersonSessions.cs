using System.Collections.Concurrent;
using CoopRegistry.Clients;
using CoopRegistry.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Web.Sessions;

/// <summary>
/// Each signed-in person's tokens, by session id: an <see cref="AccessTokenCache"/> of the client
/// library on their refresh token, so access tokens are renewed before they expire while a page is
/// open (the cookie cannot be rewritten over the page's live connection).
/// </summary>
public sealed class PersonSessions(IHttpClientFactory http, IOptions<ConsoleOptions> settings, TimeProvider time)
{
    public const string TokenHttpClient = "CoopRegistry.Web.Token";

    /// <summary>The sign-in property that asks the token service to show its sign-in page again.</summary>
    public const string PromptKey = "coop.prompt";

    private readonly ConcurrentDictionary<string, AccessTokenCache> sessions = new();

    public void Start(string sessionId, string? refreshToken)
    {
        if (string.IsNullOrEmpty(refreshToken))
            throw new InvalidOperationException("the token service returned no refresh token: is offline_access allowed for the console client?");
        sessions[sessionId] = NewCache(refreshToken);
    }

    /// <summary>After a restart of the console: the cookie's refresh token, unless the session is known.</summary>
    public void Resume(string sessionId, string refreshToken) => sessions.TryAdd(sessionId, NewCache(refreshToken));

    public void End(string sessionId) => sessions.TryRemove(sessionId, out _);

    public ValueTask<string> AccessTokenAsync(string sessionId, CancellationToken cancellationToken) =>
        sessions.TryGetValue(sessionId, out var cache)
            ? cache.GetAsync(cancellationToken)
            : throw new SessionExpiredException();

    private AccessTokenCache NewCache(string refreshToken)
    {
        var options = new CoopRegistryClientOptions
        {
            Address = new Uri(settings.Value.RegistryUrl),
            TokenEndpoint = new Uri(settings.Value.Authority.TrimEnd('/') + "/connect/token"),
            ClientId = settings.Value.ClientId,
            RefreshToken = refreshToken,
        };
        return new AccessTokenCache(http.CreateClient(TokenHttpClient), Options.Create(options), time);
    }
}
