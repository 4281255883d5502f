namespace CoopRegistry.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COOP_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment))
            return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoopRegistry.sln")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (CoopRegistry.sln) above " + AppContext.BaseDirectory);
    }
}
