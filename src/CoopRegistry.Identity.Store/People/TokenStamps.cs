using System.Security.Cryptography;
using System.Text;

namespace CoopRegistry.Identity.People;

/// <summary>
/// What ties a token to the state of its client and person when it was issued. Tokens carry the
/// stamps (<see cref="Domain.Access.TokenClaims.ClientStamp"/> and <see cref="Domain.Access.TokenClaims.PersonStamp"/>); disabling, rotating a secret, resetting a password
/// or removing a role changes the stamp, and the registry refuses a token whose stamp is no longer
/// current. Enabling again does not restore an old stamp, so those tokens stay refused.
/// A person's stamp is derived from ASP.NET Core Identity's security stamp, never the stamp itself.
/// </summary>
public static class TokenStamps
{
    public static string OfPerson(string? securityStamp) =>
        string.IsNullOrEmpty(securityStamp) ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("person-stamp:" + securityStamp)))[..16];

    public static string NewClientStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
