using CoopRegistry.Cli.Profiles;
using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli;

/// <summary>The registry's typed clients for a saved profile (CoopRegistry.Clients does tokens, deadlines and retries).</summary>
public static class Session
{
    /// <param name="refreshTokenChanged">Keeps a person's new refresh token (the token service replaces it on use).</param>
    public static ServiceProvider Open(Profile profile, TimeSpan? deadline = null, Action<string>? refreshTokenChanged = null) => new ServiceCollection()
        .AddCoopRegistryClient(o =>
        {
            o.Address = new Uri(profile.Address);
            o.TokenEndpoint = new Uri(profile.TokenEndpoint);
            o.ClientId = profile.ClientId;
            o.ClientSecret = profile.ClientSecret ?? "";
            o.RefreshToken = profile.RefreshToken;
            o.RefreshTokenChanged = refreshTokenChanged;
            o.DefaultDeadline = deadline ?? o.DefaultDeadline;
        })
        .BuildServiceProvider();
}
