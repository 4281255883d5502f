using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// A registered scope the client holds no permission for is invalid_scope (RFC 6749 §5.2: it
/// "exceeds the scope granted"); OpenIddict's own check, which runs later, would say invalid_request.
/// </summary>
public sealed class RejectScopesNotPermitted(IOpenIddictApplicationManager applications) : TokenRequestCheck<RejectScopesNotPermitted>(applications)
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        DescriptorAt(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 100);

    protected override bool Applies(ValidateTokenRequestContext context) => !context.Request.GetScopes().IsEmpty;

    protected override async ValueTask CheckAsync(ValidateTokenRequestContext context, IOpenIddictApplicationManager applications, object application)
    {
        var allowed = ClientPermissions.ScopesIn(await applications.GetPermissionsAsync(application)).ToHashSet(StringComparer.Ordinal);
        // The protocol scopes are not registry permissions: OpenIddict checks them against the grant types.
        var missing = context.Request.GetScopes().Where(scope => scope is not (Scopes.OpenId or Scopes.OfflineAccess) && !allowed.Contains(scope)).ToList();
        if (missing.Count > 0)
            context.Reject(Errors.InvalidScope, $"This client may not request: {string.Join(" ", missing)}.");
    }
}
