namespace CoopRegistry.Hosting;

/// <summary>Configured paths relative to the repository, found from a checkout's binaries as well as from its root.</summary>
public static class HostPaths
{
    /// <summary>
    /// The configured path as given when it is absolute or <paramref name="exists"/> (File.Exists or
    /// Directory.Exists) from the working directory, else found by walking up from the binaries.
    /// </summary>
    public static string Resolve(string configured, Func<string, bool> exists)
    {
        if (Path.IsPathRooted(configured) || exists(configured))
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (exists(candidate))
                return candidate;
        }
        return Path.GetFullPath(configured);
    }
}
