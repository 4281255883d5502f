using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// A disabled client is refused as invalid_client, right after its secret has been checked (so a
/// caller without the secret learns nothing) and before anything else about its request.
/// </summary>
public sealed class RejectDisabledClients(IOpenIddictApplicationManager applications) : TokenRequestCheck<RejectDisabledClients>(applications)
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        DescriptorAt(OpenIddictServerHandlers.Exchange.ValidateAuthentication.Descriptor.Order + 100);

    protected override async ValueTask CheckAsync(ValidateTokenRequestContext context, IOpenIddictApplicationManager applications, object application)
    {
        if ((await ClientProfile.ReadAsync(applications, application, CancellationToken.None)).Disabled)
            context.Reject(Errors.InvalidClient, "This client is disabled.");
    }
}
