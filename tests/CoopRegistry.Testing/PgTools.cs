using System.Diagnostics;

namespace CoopRegistry.Testing;

/// <summary>
/// PostgreSQL's client programs (pg_dump, pg_restore) of the newest installed server, run against the
/// test cluster as its superuser with the same options as `./coop backup` and `./coop restore`.
/// </summary>
public static class PgTools
{
    public static string Bin { get; } = Directory.GetDirectories("/usr/lib/postgresql")
        .Select(version => Path.Combine(version, "bin"))
        .Where(bin => File.Exists(Path.Combine(bin, "pg_dump")))
        .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
        .FirstOrDefault() ?? throw new InvalidOperationException("no PostgreSQL client programs under /usr/lib/postgresql");

    /// <summary>As `./coop backup FILE`: pg_dump -Fc.</summary>
    public static Task BackupAsync(string database, string file) =>
        RunAsync("pg_dump", [.. ConnectionArguments(database), "-Fc", "-f", file]);

    /// <summary>As `./coop restore FILE`: pg_restore --clean --if-exists in one transaction.</summary>
    public static Task RestoreAsync(string database, string file) =>
        RunAsync("pg_restore", [.. ConnectionArguments(database), "--clean", "--if-exists", "--single-transaction", "--exit-on-error", file]);

    private static string[] ConnectionArguments(string database)
    {
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(TestCluster.AdminConnectionString);
        return ["-h", admin.Host!, "-p", admin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", admin.Username!, "-d", database];
    }

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Bin, program)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
    }
}
