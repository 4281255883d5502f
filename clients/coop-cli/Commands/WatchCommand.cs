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
/// repeated; Ctrl-C stops it (exit 0) and prints how to resume: <c>--cursor</c> with the sealed cursor,
/// or for an auditor <c>--after</c> with the sequence.
/// </summary>
public static class WatchCommand
{
    private static readonly JsonFormatter Compact = new(JsonFormatter.Settings.Default);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static Command Build()
    {
        var after = new Option<long>("--after") { Description = "Auditors: resume after this sequence (a previous watch printed it); 0: from the oldest change kept" };
        var resumeCursor = new Option<string>("--cursor") { Description = "Resume from this cursor (a previous watch printed it)" };
        var collections = new Option<string[]>("--collection") { Description = "Only changes of these collections (commitments, agreements, …); repeatable", AllowMultipleArgumentsPerToken = true };
        var command = new Command("watch", "Follow the change feed live: one line per change (sequence, time, change, record, method); with -o json one JSON object per line, heartbeats included")
        {
            after, resumeCursor, collections,
        };
        command.SetAction(async (result, ct) =>
        {
            var cursor = new Resume(result.GetValue(after), result.GetValue(resumeCursor) ?? "");
            var printer = Cli.Printer(result);
            await using var services = Cli.Services(result);
            var client = services.GetRequiredService<ChangeFeedService.ChangeFeedServiceClient>();
            var backoff = TimeSpan.FromSeconds(1);
            while (true)
            {
                try
                {
                    using var call = client.WatchChanges(new WatchChangesRequest { AfterSequence = cursor.Cursor.Length == 0 ? cursor.Sequence : 0, ResumeCursor = cursor.Cursor, Collections = { result.GetValue(collections) ?? [] } }, cancellationToken: ct);
                    while (await call.ResponseStream.MoveNext(ct))
                    {
                        var message = call.ResponseStream.Current;
                        cursor = new Resume(message.Cursor, message.ResumeCursor);
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
                    Console.Error.WriteLine($"coop: stopped; resume with `coop watch {cursor}`");
                    return ExitCodes.Ok;
                }
                catch (RpcException e) when (Reconnectable(e))
                {
                    Console.Error.WriteLine($"coop: {e.StatusCode} ({e.Status.Detail}); reconnecting from `{cursor}` in {backoff.TotalSeconds:0}s");
                    try
                    {
                        await Task.Delay(backoff, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        Console.Error.WriteLine($"coop: stopped; resume with `coop watch {cursor}`");
                        return ExitCodes.Ok;
                    }
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                }
            }
        });
        return command;
    }

    /// <summary>Where a watch resumes: the sealed cursor once one came, else the sequence given (auditors).</summary>
    private sealed record Resume(long Sequence, string Cursor)
    {
        public override string ToString() => Sequence != 0 ? $"--after {Sequence}" : Cursor.Length > 0 ? $"--cursor {Cursor}" : "--after 0";
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
