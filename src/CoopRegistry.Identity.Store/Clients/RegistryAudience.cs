namespace CoopRegistry.Identity.Clients;

/// <summary>The `aud` of every access token the token service issues: the registry checks it.</summary>
public static class RegistryAudience
{
    public const string Name = "coopregistry";
}
