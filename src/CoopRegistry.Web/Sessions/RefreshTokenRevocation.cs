namespace CoopRegistry.Web.Sessions;

/// <summary>
/// Signing out ends the refresh token at the token service (RFC 7009, /connect/revoke), so a copied
/// cookie or a kept file cannot bring the session back. A failure is logged, not shown: the person
/// is signed out of the console either way (a revocation nobody awaits, after a late refresh, must not throw).
/// </summary>
public sealed class RefreshTokenRevocation(IHttpClientFactory http, IOptions<ConsoleOptions> settings, ILogger<RefreshTokenRevocation> logger)
{
    public const string RevocationPath = "/connect/revoke";

    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["client_id"] = settings.Value.ClientId,
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
        };
        try
        {
            using var response = await http.CreateClient(PersonSessions.TokenHttpClient).PostAsync(
                new Uri(settings.Value.Authority.TrimEnd('/') + RevocationPath), new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode)
                logger.LogWarning("The token service refused to revoke a refresh token at sign-out: {Status}", (int)response.StatusCode);
        }
        catch (Exception error) when (error is HttpRequestException || error is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "The token service could not be reached to revoke a refresh token at sign-out");
        }
    }
}
