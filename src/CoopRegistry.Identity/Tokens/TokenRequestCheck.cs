using static OpenIddict.Server.OpenIddictServerEvents;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// A check of our own on a token request from a registered client, run among OpenIddict's handlers
/// at the order its descriptor gives; requests naming no client, or an unknown one, are left to OpenIddict.
/// </summary>
public abstract class TokenRequestCheck<THandler>(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateTokenRequestContext>
    where THandler : TokenRequestCheck<THandler>
{
    protected static OpenIddictServerHandlerDescriptor DescriptorAt(int order) =>
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<THandler>()
            .SetOrder(order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (string.IsNullOrEmpty(context.ClientId) || !Applies(context))
            return;
        if (await applications.FindByClientIdAsync(context.ClientId) is { } application)
            await CheckAsync(context, applications, application);
    }

    /// <summary>Whether the request needs the check at all (before the client is looked up).</summary>
    protected virtual bool Applies(ValidateTokenRequestContext context) => true;

    /// <summary>Rejects <paramref name="context"/> when <paramref name="application"/> may not have what it asks.</summary>
    protected abstract ValueTask CheckAsync(ValidateTokenRequestContext context, IOpenIddictApplicationManager applications, object application);
}
