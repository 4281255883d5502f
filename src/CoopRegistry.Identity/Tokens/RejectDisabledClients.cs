using CoopRegistry.Identity.Clients;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// A disabled client is refused as invalid_client, right after its secret has been checked (so a
/// caller without the secret learns nothing) and before anything else about its request.
/// </summary>
public sealed class RejectDisabledClients(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<RejectDisabledClients>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateAuthentication.Descriptor.Order + 100)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId))
            return;
        var application = await applications.FindByClientIdAsync(context.ClientId);
        if (application is not null && (await ClientProfile.ReadAsync(applications, application, CancellationToken.None)).Disabled)
            context.Reject(Errors.InvalidClient, "This client is disabled.");
    }
}
