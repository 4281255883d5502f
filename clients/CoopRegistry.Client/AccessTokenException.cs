namespace CoopRegistry.Clients;

/// <summary>The token service refused the client credentials (or did not answer with a token).</summary>
public sealed class AccessTokenException(int httpStatus, string? error, string? description)
    : Exception($"the token service refused the client credentials: HTTP {httpStatus}{(error is null ? "" : $" {error}")}{(string.IsNullOrEmpty(description) ? "" : $" ({description})")}")
{
    public int HttpStatus { get; } = httpStatus;

    /// <summary>The OAuth2 error code, e.g. <c>invalid_client</c> or <c>invalid_scope</c>.</summary>
    public string? Error { get; } = error;
}
