namespace CoopRegistry.Hosting;

/// <summary>
/// A setting naming a private key file, required outside Development: there a generated key would
/// differ per machine, and what it signed would stop verifying after a move or a restart elsewhere.
/// </summary>
public static class KeyFileSetting
{
    /// <summary>What is wrong with <paramref name="path"/>; null when it names an existing file, or is unset and not <paramref name="required"/>.</summary>
    /// <param name="key">The key the file must hold, e.g. "RSA private key that signs access tokens".</param>
    public static string? Problem(string setting, string? path, bool required, string key) =>
        string.IsNullOrWhiteSpace(path)
            ? required ? $"{setting} is required outside Development: a PEM file with the {key}" : null
            : File.Exists(path) ? null : $"{setting}: '{path}' does not exist";
}
