using CoopRegistry.Cli.Profiles;
using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli;

/// <summary>The registry's typed clients for a saved profile (CoopRegistry.Clients does tokens, deadlines and retries).</summary>
public static class Session
{
    public static ServiceProvider Open(Profile profile, TimeSpan? deadline = null) => new ServiceCollection()
        .AddCoopRegistryClient(o =>
        {
            o.Address = new Uri(profile.Address);
            o.TokenEndpoint = new Uri(profile.TokenEndpoint);
            o.ClientId = profile.ClientId;
            o.ClientSecret = profile.ClientSecret;
            o.DefaultDeadline = deadline ?? o.DefaultDeadline;
        })
        .BuildServiceProvider();
}
