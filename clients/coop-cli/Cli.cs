using System.CommandLine;
using CoopRegistry.Cli.Commands;
using CoopRegistry.Cli.Output;
using CoopRegistry.Cli.Profiles;
using CoopRegistry.Cli.Records;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoopRegistry.Cli;

/// <summary>The command tree and what every command shares: the profile, the output format, exit codes.</summary>
public static class Cli
{
    public static readonly Option<string> ProfileOption = new("--profile", "-p")
    {
        Description = "The saved login to use (env COOP_PROFILE; default: default)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("COOP_PROFILE") is { Length: > 0 } p ? p : "default",
    };

    public static readonly Option<string> OutputOption = CreateOutputOption();

    public static readonly Option<int> TimeoutOption = new("--timeout")
    {
        Description = "Deadline of each call in seconds (env COOP_TIMEOUT; default 30)",
        Recursive = true,
        DefaultValueFactory = _ => int.TryParse(Environment.GetEnvironmentVariable("COOP_TIMEOUT"), out var seconds) && seconds > 0 ? seconds : 30,
    };

    private static Option<string> CreateOutputOption()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "table (for people) or json (protobuf JSON, for scripts)",
            Recursive = true,
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    public static RootCommand Root()
    {
        var root = new RootCommand("coop — the CoopRegistry command line. Exit codes: 0 ok, 1 other error, 2 usage, 3 not found, 4 refused or invalid, 5 unavailable.")
        {
            ProfileOption,
            OutputOption,
            TimeoutOption,
        };
        root.Add(LoginCommands.Login());
        root.Add(LoginCommands.Logout());
        root.Add(LoginCommands.Profiles());
        root.Add(WhoAmICommand.Build());
        foreach (var kind in RecordKinds.All.Where(k => k.Collection != "commitments"))
            root.Add(RecordCommands.For(kind));
        root.Add(CommitmentCommands.Build());
        root.Add(FulfilmentCommands.Build());
        root.Add(ReminderCommands.Build());
        root.Add(AuditCommands.Build());
        root.Add(ImportCommand.Build());
        root.Add(ExtractCommand.Build());
        root.Add(WatchCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var result = Root().Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                Console.Error.WriteLine($"coop: {error.Message}");
            Console.Error.WriteLine("coop: see `coop --help`");
            return ExitCodes.Usage;
        }
        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"coop: {Describe(e)}");
            return ExitCodes.For(e);
        }
    }

    /// <summary>An error for people: the status, the registry's reason and each field it names.</summary>
    public static string Describe(Exception error)
    {
        if (error is RpcException { Status.DebugException: { } inner } && ExitCodes.For(inner) != ExitCodes.Other)
            return Describe(inner);
        if (error is not RpcException rpc)
            return error.Message;
        var fields = Import.Importer.Refusal(rpc).Where(f => f.Field.Length > 0).Select(f => $"\n  {f.Field}: {f.Message}");
        return $"{rpc.StatusCode}: {rpc.Status.Detail}{string.Concat(fields)}";
    }

    public static Printer Printer(ParseResult result)
    {
        // Piped into grep or a file, a table keeps each row on one line rather than wrapping at 80 columns.
        if (Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = 400;
        return new(result.GetValue(OutputOption) == "json", AnsiConsole.Console, Console.Out);
    }

    public static Profiles.Profile Profile(ParseResult result) => ProfileStore.Default().Get(result.GetValue(ProfileOption)!);

    public static ServiceProvider Services(ParseResult result)
    {
        var name = result.GetValue(ProfileOption)!;
        var profile = Profile(result);
        return Session.Open(profile, Timeout(result), refreshToken => ProfileStore.Default().Save(name, profile with { RefreshToken = refreshToken }));
    }

    public static TimeSpan Timeout(ParseResult result) => TimeSpan.FromSeconds(Math.Max(1, result.GetValue(TimeoutOption)));
}
