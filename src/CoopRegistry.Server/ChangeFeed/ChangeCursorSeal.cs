using System.Globalization;
using System.Security.Cryptography;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Errors;
using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// Change-feed cursors as callers see them: the position in the audit chain, encrypted and signed
/// with the registry's Data Protection key ring (the page tokens' ring) for one client. The position
/// is the global sequence, which every write moves, hidden ones included; sealed, it tells a caller
/// nothing, each seal is a new text even where the position did not move, and a cursor forged,
/// altered or sent to another client is INVALID_ARGUMENT on resume_cursor.
/// </summary>
public sealed class ChangeCursorSeal(IDataProtectionProvider provider)
{
    public const string Field = "resume_cursor";

    private readonly IDataProtector protector = provider.CreateProtector("CoopRegistry.ChangeCursor.v1");

    public string Seal(long position, Caller caller) =>
        protector.CreateProtector(caller.ClientId).Protect(position.ToString(CultureInfo.InvariantCulture));

    /// <summary>The position inside <paramref name="cursor"/>, or INVALID_ARGUMENT on resume_cursor.</summary>
    public long Open(string cursor, Caller caller)
    {
        try
        {
            if (long.TryParse(protector.CreateProtector(caller.ClientId).Unprotect(cursor), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Refused below, exactly like any other text.
        }
        throw new InvalidArgumentException(Field, "is not a cursor this registry sent you: pass the resume_cursor of the last message received, or leave it empty");
    }
}
