using CoopRegistry.Testing;

namespace CoopRegistry.Data.Tests;

/// <summary>Throwaway copies of seeds/ that a test may edit.</summary>
internal static class SeedFolders
{
    public static string CopyOfRepositorySeeds()
    {
        var folder = Directory.CreateTempSubdirectory("coop-seeds-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    public static void Edit(string folder, string file, Func<string, string> change)
    {
        var path = Path.Combine(folder, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before)
            throw new InvalidOperationException($"the edit changed nothing in {file}: the test's pattern no longer matches the seeds");
        File.WriteAllText(path, after);
    }
}
