using System.Security.Cryptography;

namespace CoopRegistry.Hosting;

/// <summary>Private keys kept as unencrypted PEM files (signing keys of the token service and of audit checkpoints).</summary>
public static class PemFiles
{
    /// <summary>
    /// Imports the key in <paramref name="path"/> into <paramref name="key"/> (disposed on failure);
    /// <paramref name="check"/> throws ArgumentException for a key of the wrong kind.
    /// </summary>
    /// <param name="kind">The key expected, as the message names it: "RSA", "ECDSA P-256".</param>
    /// <exception cref="InvalidOperationException">The file holds no such private key; the message names the file.</exception>
    public static TKey Import<TKey>(string path, TKey key, string kind, Action<TKey>? check = null)
        where TKey : AsymmetricAlgorithm
    {
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            check?.Invoke(key);
            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"'{path}' holds no unencrypted {kind} private key in PEM form: {e.Message}", e);
        }
    }

    /// <summary>Writes a new key file readable by its owner only, unless <paramref name="path"/> exists already.</summary>
    public static void WriteOnce(string path, string pem)
    {
        if (File.Exists(path))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, pem);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            // Never overwrite: when two processes race, the first key written wins and both use it.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
