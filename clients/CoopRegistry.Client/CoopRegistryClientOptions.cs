namespace CoopRegistry.Clients;

/// <summary>Where the registry and its token service are, and who is calling.</summary>
public sealed class CoopRegistryClientOptions
{
    /// <summary>The registry's gRPC address, e.g. <c>https://registry.example</c> or <c>http://127.0.0.1:5080</c>.</summary>
    public Uri? Address { get; set; }

    /// <summary>The OAuth2 token endpoint, e.g. <c>http://127.0.0.1:5081/connect/token</c>.</summary>
    public Uri? TokenEndpoint { get; set; }

    public string ClientId { get; set; } = "";

    /// <summary>A system's secret (client credentials); empty when a person signed in (<see cref="RefreshToken"/>).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// A person's refresh token (from `coop login`'s device flow): access tokens are got with it
    /// instead of a secret. The token service replaces it on each use; <see cref="RefreshTokenChanged"/>
    /// is told the new one so it can be kept.
    /// </summary>
    public string? RefreshToken { get; set; }

    /// <summary>Called with each new refresh token the token service returns.</summary>
    public Action<string>? RefreshTokenChanged { get; set; }

    /// <summary>Space-separated scopes to ask for; empty asks for every scope the client is allowed.</summary>
    public string? Scope { get; set; }

    /// <summary>The deadline of a call that sets none itself.</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A token is renewed this long before it expires.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts of a retried call (the first included), 2 to 5.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Checks the options; the message names the setting that is wrong.</summary>
    public void Validate()
    {
        ValidateCalls();
        if (TokenEndpoint is null || !TokenEndpoint.IsAbsoluteUri)
            throw new InvalidOperationException($"{nameof(TokenEndpoint)}: the absolute URL of the token endpoint is required");
        if (string.IsNullOrWhiteSpace(ClientId))
            throw new InvalidOperationException($"{nameof(ClientId)} is required");
        if (string.IsNullOrEmpty(ClientSecret) == string.IsNullOrEmpty(RefreshToken))
            throw new InvalidOperationException($"{nameof(ClientSecret)} (a system) or {nameof(RefreshToken)} (a person), exactly one, is required");
        if (TokenEndpoint.Scheme == Uri.UriSchemeHttp && !TokenEndpoint.IsLoopback)
            throw new InvalidOperationException($"{nameof(TokenEndpoint)}: http:// is allowed only for loopback; use https:// for {TokenEndpoint.Host}");
    }

    /// <summary>Checks the address and call settings only (when the host supplies the tokens).</summary>
    public void ValidateCalls()
    {
        if (Address is null || !Address.IsAbsoluteUri)
            throw new InvalidOperationException($"{nameof(Address)}: the registry's absolute gRPC address is required");
        // Tokens are bearer credentials: they travel in cleartext only on this machine.
        if (Address.Scheme == Uri.UriSchemeHttp && !Address.IsLoopback)
            throw new InvalidOperationException($"{nameof(Address)}: http:// is allowed only for loopback; use https:// for {Address.Host}");
        if (DefaultDeadline <= TimeSpan.Zero)
            throw new InvalidOperationException($"{nameof(DefaultDeadline)} must be positive");
        if (MaxAttempts is < 2 or > 5)
            throw new InvalidOperationException($"{nameof(MaxAttempts)} must be 2 to 5 (gRPC caps retries at 5 attempts)");
    }
}
