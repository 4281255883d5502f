using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Audit;
using Grpc.Core;
using Mapster;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// ChangeFeedService.WatchChanges: the audit chain after a cursor, then live. Each round reads the
/// head first and then the visible entries up to it: sequences are assigned in commit order under
/// the head's lock, so every entry up to a committed head is already readable and a cursor never
/// passes a change still to come. Woken by <see cref="ChangeSignal"/> (LISTEN/NOTIFY, any process)
/// or the poll interval; never trusts a notification's payload.
/// </summary>
public sealed partial class ChangeFeedGrpcService(
    ChangeFeedReader reader, RecordSnapshots snapshots, TypeAdapterConfig mapping, ChangeSignal signal, WatcherLimit limit, IOptions<ChangeFeedOptions> options, TimeProvider clock,
    ILogger<ChangeFeedGrpcService> logger)
    : ChangeFeedService.ChangeFeedServiceBase
{
    private const int BatchSize = 200;

    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<WatchChangesResponse> responseStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var collections = Collections(request.Collections);
        if (request.AfterSequence < 0)
            throw new InvalidArgumentException("after_sequence", $"{request.AfterSequence} is negative: 0 watches from the oldest change kept, else the cursor last received");
        var settings = options.Value;
        var ct = context.CancellationToken;
        using var watch = limit.Enter();
        var position = await StartAsync(request.AfterSequence, settings.Retention, ct);
        var sinceLastMessage = Stopwatch.StartNew();
        var caughtUp = false;
        try
        {
            while (true)
            {
                // Taken before reading, so a commit between the read and the wait still wakes this watcher.
                var wake = signal.Next;
                var head = await reader.HeadAsync(ct);
                while (position < head)
                {
                    var batch = await reader.VisibleAsync(caller, collections, position, head, BatchSize, ct);
                    foreach (var entry in batch)
                    {
                        // The record as it stood right after the change (a commitment's state judged then).
                        var change = new RecordChange(entry, snapshots.ToContract(entry, entry.Time)).Adapt<Change>(mapping);
                        await responseStream.WriteAsync(new WatchChangesResponse { Change = change, Cursor = entry.Sequence }, ct);
                        sinceLastMessage.Restart();
                    }
                    // Entries the caller may not see are passed over: the cursor moves to the head read.
                    position = batch.Count == BatchSize ? batch[^1].Sequence : head;
                }
                if (!caughtUp || sinceLastMessage.Elapsed >= settings.Heartbeat)
                {
                    await responseStream.WriteAsync(new WatchChangesResponse { Cursor = position }, ct);
                    sinceLastMessage.Restart();
                    caughtUp = true;
                }
                var idle = settings.Heartbeat - sinceLastMessage.Elapsed;
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                await Task.WhenAny(wake, Task.Delay(idle < settings.PollInterval ? (idle > TimeSpan.Zero ? idle : TimeSpan.Zero) : settings.PollInterval, wait.Token));
                await wait.CancelAsync();
                ct.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The caller cancelled, went away or reached its deadline: the stream ends.
            LogWatchEnded(logger, caller.ClientId, position);
        }
    }

    /// <summary>Where the watch starts: the cursor itself, checked against the head and the retention; for 0, the start of retention.</summary>
    private async Task<long> StartAsync(long after, TimeSpan retention, CancellationToken ct)
    {
        var head = await reader.HeadAsync(ct);
        if (after > head)
            throw new InvalidArgumentException("after_sequence",
                $"{after} is beyond the newest change ({head}): pass a cursor this registry sent, or 0");
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        if (after == 0)
            return await reader.LastBeforeAsync(cutoff, ct);
        if (await reader.TimeAfterAsync(after, ct) is { } next && next < cutoff)
            throw new FailedPreconditionException("CURSOR_EXPIRED", "after_sequence",
                $"after_sequence {after}: the changes after it are older than the change feed's retention ({retention.TotalDays.ToString("0.##", CultureInfo.InvariantCulture)} days). "
                + $"Resynchronise with the List methods, then watch again with after_sequence {head} (the current head)");
        return after;
    }

    private static List<string> Collections(IEnumerable<string> collections)
    {
        var list = collections.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var bad = list.FirstOrDefault(c => !CollectionName().IsMatch(c));
        return bad is null
            ? list
            : throw new InvalidArgumentException("collections", $"\"{bad}\" is not a collection name such as commitments or agreements");
    }

    [GeneratedRegex("^[a-z][A-Za-z_]*$")]
    private static partial Regex CollectionName();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Change feed watch of {ClientId} ended at {Cursor}")]
    private static partial void LogWatchEnded(ILogger logger, string clientId, long cursor);
}
