using static OpenIddict.Abstractions.OpenIddictConstants;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// The registry's own public clients, through which people sign in: the web console (authorization
/// code with PKCE) and the command-line client (device authorization, RFC 8628). No secret, no
/// consent screen (they are ours); each may revoke its own refresh tokens (sign-out); every registry scope, since what a person gets is bounded by
/// their roles. Kept as defined here in every environment by `migrate`.
/// </summary>
public sealed class FirstPartyClients(
    IOpenIddictApplicationManager applications, IOptions<TokenServiceOptions> settings, ILogger<FirstPartyClients> logger)
{
    public const string Console = "coop-console";
    public const string Cli = "coop-cli";
    public const string ConsoleCallbackPath = "/signin-oidc";

    /// <summary>The console signs people in at Identity:ConsoleUrl (where it runs) plus <see cref="ConsoleCallbackPath"/>.</summary>
    public static OpenIddictApplicationDescriptor ConsoleDescriptor(string consoleUrl)
    {
        var descriptor = Public(Console, "Coop Registry console");
        descriptor.RedirectUris.Add(new Uri(consoleUrl.TrimEnd('/') + ConsoleCallbackPath));
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    public static OpenIddictApplicationDescriptor CliDescriptor()
    {
        var descriptor = Public(Cli, "coop command-line client");
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.DeviceAuthorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.DeviceCode, Permissions.GrantTypes.RefreshToken,
        ]);
        return descriptor;
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var wanted in new[] { ConsoleDescriptor(settings.Value.ConsoleUrl), CliDescriptor() })
        {
            var application = await applications.FindByClientIdAsync(wanted.ClientId!, cancellationToken);
            if (application is null)
            {
                await applications.CreateAsync(wanted, cancellationToken);
                logger.LogInformation("First-party client {ClientId} created", wanted.ClientId);
                continue;
            }
            var current = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(current, application, cancellationToken);
            // Disabled and stamp belong to administrators, not to this definition.
            ClientProfile.ReadFrom(current).WriteTo(wanted);
            if (current.DisplayName == wanted.DisplayName && current.Permissions.SetEquals(wanted.Permissions)
                && current.RedirectUris.SetEquals(wanted.RedirectUris) && current.Requirements.SetEquals(wanted.Requirements)
                && current.ClientType == wanted.ClientType && current.ConsentType == wanted.ConsentType)
                continue;
            await applications.UpdateAsync(application, wanted, cancellationToken);
            logger.LogInformation("First-party client {ClientId} updated", wanted.ClientId);
        }
    }

    private static OpenIddictApplicationDescriptor Public(string clientId, string displayName)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith(RegistryScopes.All.Select(s => Permissions.Prefixes.Scope + s));
        new ClientProfile("", "", Disabled: false).WriteTo(descriptor);
        return descriptor;
    }
}
