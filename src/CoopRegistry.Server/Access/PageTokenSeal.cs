using CoopRegistry.Domain.Listing;
using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Page tokens as callers see them: the listing engine's token (its keys, fingerprint and carried
/// total_size) encrypted and signed with ASP.NET Core Data Protection, for one client only. A
/// caller cannot read a token, forge one (keys that reach past its filter, a total it did not
/// earn) or use another client's; any such token is INVALID_ARGUMENT on page_token, exactly like
/// garbage. The keys are the registry's Data Protection key ring (<c>Registry:DataProtectionKeysPath</c>),
/// shared by every registry process.
/// </summary>
public sealed class PageTokenSeal(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("CoopRegistry.PageToken.v1");

    public string Seal(string token, Caller caller) =>
        token.Length == 0 ? token : protector.CreateProtector(caller.ClientId).Protect(token);

    /// <summary>The listing engine's token inside <paramref name="sealedToken"/>, or INVALID_ARGUMENT on page_token.</summary>
    public string Open(string sealedToken, Caller caller)
    {
        if (sealedToken.Length == 0)
            return sealedToken;
        try
        {
            return protector.CreateProtector(caller.ClientId).Unprotect(sealedToken);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            throw PageToken.NotOurs();
        }
    }
}
