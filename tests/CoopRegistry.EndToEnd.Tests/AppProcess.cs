using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>A built app (registry or token service) run as its own process, as `./coop up` runs it.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process) => this.process = process;

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    /// <summary>The dll of src/{project} built in the same configuration as these tests.</summary>
    public static string Dll(string project)
    {
        // bin/{configuration}/net10.0/
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(Testing.RepositoryPaths.Root, "src", project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build {project} first ({configuration})", path);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs `dotnet {dll} {args}` to completion; throws with its output if it fails.</summary>
    public static async Task RunToEndAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var app = Start(dll, environment, args);
        // Generous: on a loaded 2-core machine migrate + seeds has taken over 2 minutes.
        await app.process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(6));
        if (app.process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(dll)} {string.Join(' ', args)} exited {app.process.ExitCode}:\n{app.Output}");
    }

    public static AppProcess Start(string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Testing.RepositoryPaths.Root,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(Path.GetDirectoryName(dll)!);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var app = new AppProcess(Process.Start(info)!);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200, for at most three minutes (a loaded machine starts slowly).</summary>
    public async Task WaitUntilReadyAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"process exited with {process.ExitCode} during start-up:\n{Output}");
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{url} did not answer within three minutes:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
