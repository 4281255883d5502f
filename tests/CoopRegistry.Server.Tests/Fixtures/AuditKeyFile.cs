using System.Security.Cryptography;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>A checkpoint signing key of the kind an operator configures (not the development key), written once per test run.</summary>
public static class AuditKeyFile
{
    private static readonly Lazy<string> Key = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"coop-audit-key-{Environment.ProcessId}.pem");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    public static string Path => Key.Value;
}
