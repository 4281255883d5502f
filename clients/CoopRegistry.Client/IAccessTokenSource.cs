namespace CoopRegistry.Clients;

/// <summary>
/// Where each call's bearer token comes from: the library's own <see cref="AccessTokenCache"/> for a
/// system or a `coop login` profile, or the host's source for an app whose callers are people signed
/// in through it (the web console), resolved in the caller's scope.
/// </summary>
public interface IAccessTokenSource
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets the current token, so the next <see cref="GetAsync"/> gets another (a source that keeps none has nothing to do).</summary>
    void Invalidate()
    {
    }
}
