using Microsoft.AspNetCore.DataProtection;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// The key ring that seals page tokens (<c>Access/PageTokenSeal</c>). Every registry process must
/// use the same one, or a token one issued is refused by another: one application name, and the
/// folder <c>Registry:DataProtectionKeysPath</c> when set (a shared volume in a deployment);
/// unset, ASP.NET Core's per-user folder, which the processes of one machine share.
/// </summary>
public static class DataProtectionExtensions
{
    public const string KeysPathSetting = $"{RegistryOptions.Section}:DataProtectionKeysPath";

    public static void AddRegistryDataProtection(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("CoopRegistry");
        if (builder.Configuration[KeysPathSetting] is { Length: > 0 } path)
            protection.PersistKeysToFileSystem(new DirectoryInfo(path));
    }
}
