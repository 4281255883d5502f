using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Web.Sessions;

/// <summary>
/// Each session's current refresh token, sealed with the console's Data Protection keys in
/// {Console:DataFolder}/sessions. The token service replaces a refresh token on every use, so the
/// one in the cookie is spent soon after sign-in: a restarted console resumes from this one.
/// </summary>
public sealed class SessionTokenStore(IDataProtectionProvider protection, IOptions<ConsoleOptions> settings, TimeProvider time)
{
    /// <summary>The token service's refresh tokens live 14 days: a file older than that holds a dead one.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly IDataProtector protector = protection.CreateProtector("CoopRegistry.Web.Sessions");

    private string Folder => Path.Combine(settings.Value.DataFolder ?? "", "sessions");

    public void Save(string sessionId, string refreshToken)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(sessionId), protector.Protect(refreshToken));
    }

    /// <summary>The session's last refresh token, or null when none is kept (or the keys changed).</summary>
    public string? Load(string sessionId)
    {
        try
        {
            return File.Exists(PathOf(sessionId)) ? protector.Unprotect(File.ReadAllText(PathOf(sessionId))) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Delete(string sessionId) => File.Delete(PathOf(sessionId));

    /// <summary>Removes the files of sessions nobody resumed within a refresh token's lifetime.</summary>
    public void Prune()
    {
        if (!Directory.Exists(Folder))
            return;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
            if (time.GetUtcNow() - file.LastWriteTimeUtc > Lifetime)
                file.Delete();
    }

    // The id comes from a cookie the console sealed, but a file name is built from it only as a hash.
    private string PathOf(string sessionId) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId))));
}
