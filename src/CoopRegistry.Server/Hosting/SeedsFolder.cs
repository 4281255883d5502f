namespace CoopRegistry.Server.Hosting;

/// <summary>Finds the seeds folder: as configured, else by walking up from the binaries to the repository.</summary>
public static class SeedsFolder
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured) || System.IO.Directory.Exists(configured))
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }
        return Path.GetFullPath(configured);
    }
}
