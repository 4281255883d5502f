using System.Text.Json;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>The built `coop` CLI with its own profile folder (XDG_CONFIG_HOME), against the stack.</summary>
public sealed class CoopCli(StackFixture stack) : IDisposable
{
    private readonly DirectoryInfo home = Directory.CreateTempSubdirectory("coop-cli-");

    public string ProfilesPath => Path.Combine(home.FullName, "coop", "profiles.json");

    public string Folder => home.FullName;

    public Task<Run> RunAsync(params string[] args) => RunWithAsync(null, null, args);

    public Task<Run> RunWithAsync(IReadOnlyDictionary<string, string>? environment, string? stdin, params string[] args) =>
        Run.ProgramAsync("dotnet", [Run.ClientDll("coop-cli", "coop"), .. args], Environment(environment), home.FullName, stdin);

    /// <summary>
    /// Starts the CLI without waiting for it (a long-running `watch`), standard output and error
    /// redirected, with Ctrl-C (SIGINT) handled as in a terminal. A suite started as a background job
    /// of a shell without job control (`./coop test &amp;` in a script) inherits SIGINT ignored, and .NET
    /// keeps an inherited SIG_IGN (as nohup expects), so the CLI would never see the test's Ctrl-C:
    /// perl (Debian's essential perl-base) restores the default and execs the CLI in the same process.
    /// </summary>
    public System.Diagnostics.Process Start(params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("perl", ["-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"", "dotnet", Run.ClientDll("coop-cli", "coop"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = home.FullName,
        };
        foreach (var (key, value) in Environment(null))
            info.Environment[key] = value;
        return System.Diagnostics.Process.Start(info)!;
    }

    private Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? environment)
    {
        var env = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = home.FullName,
            ["COOP_GRPC_URL"] = stack.GrpcUrl,
            ["COOP_TOKEN_URL"] = stack.TokenUrl,
            ["COOP_CLIENT_SECRET"] = "",
            ["COOP_PROFILE"] = "",
            // A freshly started stack on a busy machine answers its first calls slowly.
            ["COOP_TIMEOUT"] = "120",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            env[key] = value;
        return env;
    }

    public static JsonElement Json(Run run) => JsonDocument.Parse(run.Stdout).RootElement;

    public void Dispose() => home.Delete(recursive: true);
}
