using System.CommandLine;
using System.Globalization;
using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// <c>watch</c>: follows the change feed (ChangeFeedService.WatchChanges) live, one line per
/// change. Reconnects on UNAVAILABLE with back-off from the last cursor, so nothing is missed or
/// repeated; Ctrl-C stops it (exit 0) and prints the cursor to resume from with <c>--after</c>.
/// </summary>
public static class WatchCommand
{
    private static readonly JsonFormatter Compact = new(JsonFormatter.Settings.Default);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static Command Build()
    {
        var after = new Option<long>("--after") { Description = "Resume after this sequence (the cursor a previous watch printed); 0: from the oldest change kept" };
        var collections = new Option<string[]>("--collection") { Description = "Only changes of these collections (commitments, agreements, …); repeatable", AllowMultipleArgumentsPerToken = true };
        var command = new Command("watch", "Follow the change feed live: one line per change (sequence, time, change, record, method); with -o json one JSON object per line, heartbeats included")
        {
            after, collections,
        };
        command.SetAction(async (result, ct) =>
        {
            var cursor = result.GetValue(after);
            var printer = Cli.Printer(result);
            await using var services = Cli.Services(result);
            var client = services.GetRequiredService<ChangeFeedService.ChangeFeedServiceClient>();
            var backoff = TimeSpan.FromSeconds(1);
            while (true)
            {
                try
                {
                    using var call = client.WatchChanges(new WatchChangesRequest { AfterSequence = cursor, Collections = { result.GetValue(collections) ?? [] } }, cancellationToken: ct);
                    while (await call.ResponseStream.MoveNext(ct))
                    {
                        var message = call.ResponseStream.Current;
                        cursor = message.Cursor;
                        backoff = TimeSpan.FromSeconds(1);
                        if (printer.Json)
                            printer.Stdout.WriteLine(Compact.Format(message));
                        else if (message.Change is { } change)
                            printer.Stdout.WriteLine(Line(change));
                        printer.Stdout.Flush();
                    }
                    // The server ended the stream (shutting down): carry on from the cursor.
                    throw new RpcException(new Status(StatusCode.Unavailable, "the registry ended the watch"));
                }
                catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
                {
                    Console.Error.WriteLine($"coop: stopped at cursor {cursor}; resume with `coop watch --after {cursor}`");
                    return ExitCodes.Ok;
                }
                catch (RpcException e) when (Reconnectable(e))
                {
                    Console.Error.WriteLine($"coop: {e.StatusCode} ({e.Status.Detail}); reconnecting from cursor {cursor} in {backoff.TotalSeconds:0}s");
                    try
                    {
                        await Task.Delay(backoff, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        Console.Error.WriteLine($"coop: stopped at cursor {cursor}; resume with `coop watch --after {cursor}`");
                        return ExitCodes.Ok;
                    }
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                }
            }
        });
        return command;
    }

    /// <summary>A registry that went away (restart, network): worth another try. A refusal is not.</summary>
    private static bool Reconnectable(RpcException error) =>
        error.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        || (error.StatusCode == StatusCode.Internal && error.Status.DebugException is IOException or HttpRequestException);

    /// <summary>sequence, time, change, record, method: tab-separated, for people and for cut/awk.</summary>
    public static string Line(Change change) => string.Join('\t',
        change.Sequence.ToString(CultureInfo.InvariantCulture),
        change.Time.ToDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        change.Kind switch
        {
            ChangeKind.Created => "created",
            ChangeKind.Updated => "updated",
            ChangeKind.Deleted => "deleted",
            _ => "?",
        },
        change.Record,
        change.Method);
}
