using System.Diagnostics;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>A built client program run to its end: exit code, standard output and error.</summary>
public sealed record Run(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    /// <summary>clients/{project}/bin/{configuration}/net10.0/{assembly}.dll, built in the configuration of these tests.</summary>
    public static string ClientDll(string project, string assembly)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(Testing.RepositoryPaths.Root, "clients", project, "bin", configuration, "net10.0", assembly + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build {project} first ({configuration})", path);
    }

    public static async Task<Run> ProgramAsync(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment,
        string? workingDirectory = null, string? stdin = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Testing.RepositoryPaths.Root,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish in 3 minutes:\n{await stdout}\n{await stderr}");
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
