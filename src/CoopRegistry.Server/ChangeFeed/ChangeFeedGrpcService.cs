using System.Diagnostics;
using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.ChangeFeed;

/// <summary>
/// ChangeFeedService.WatchChanges: the audit chain after a cursor, then live. Each round reads the
/// head first and then the visible entries up to it: sequences are assigned in commit order under
/// the head's lock, so every entry up to a committed head is already readable and a cursor never
/// passes a change still to come. Woken by <see cref="ChangeSignal"/> (LISTEN/NOTIFY, any process)
/// or the poll interval; never trusts a notification's payload. Only auditors, who see every change,
/// see sequence numbers; everyone's cursor is sealed (<see cref="ChangeCursorSeal"/>).
/// </summary>
public sealed partial class ChangeFeedGrpcService(
    ChangeFeedReader reader, RecordSnapshots snapshots, TypeAdapterConfig mapping, ChangeSignal signal, WatcherLimit limit, IOptions<ChangeFeedOptions> options, TimeProvider clock,
    ChangeCursorSeal seal, ILogger<ChangeFeedGrpcService> logger)
    : ChangeFeedService.ChangeFeedServiceBase
{
    private const int BatchSize = 200;

    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<WatchChangesResponse> responseStream, ServerCallContext context)
    {
        var caller = context.Caller();
        var collections = Collections(request.Collections);
        var after = After(request, caller);
        var settings = options.Value;
        var ct = context.CancellationToken;
        using var watch = limit.Enter();
        var position = await StartAsync(after, caller, collections, settings.Retention, ct);
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
                        await responseStream.WriteAsync(Message(change, entry.Sequence, caller), ct);
                        sinceLastMessage.Restart();
                    }
                    // Entries the caller may not see are passed over: the cursor moves to the head read.
                    position = batch.Count == BatchSize ? batch[^1].Sequence : head;
                }
                if (!caughtUp || sinceLastMessage.Elapsed >= settings.Heartbeat)
                {
                    await responseStream.WriteAsync(Message(null, position, caller), ct);
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

    /// <summary>The position the request resumes after (0: the start of retention): a sealed cursor, or for auditors a sequence.</summary>
    private long After(WatchChangesRequest request, Caller caller)
    {
        if (request.AfterSequence != 0 && !caller.Has(Scopes.Audit))
            throw new InvalidArgumentException("after_sequence", "is for auditors: pass the resume_cursor of the last message received");
        if (request.AfterSequence < 0)
            throw new InvalidArgumentException("after_sequence", $"{request.AfterSequence} is negative: 0 watches from the oldest change kept, else the cursor last received");
        if (request.ResumeCursor.Length == 0)
            return request.AfterSequence;
        return request.AfterSequence == 0
            ? seal.Open(request.ResumeCursor, caller)
            : throw new InvalidArgumentException(ChangeCursorSeal.Field, "give either resume_cursor or after_sequence, not both");
    }

    /// <summary>A change (null: a heartbeat) and where to resume after it; sequences for auditors only.</summary>
    private WatchChangesResponse Message(Change? change, long position, Caller caller)
    {
        var auditor = caller.Has(Scopes.Audit);
        if (change is not null && !auditor)
            change.Sequence = 0;
        return new WatchChangesResponse { Change = change, Cursor = auditor ? position : 0, ResumeCursor = seal.Seal(position, caller) };
    }

    /// <summary>
    /// Where the watch starts: the cursor itself, checked against the head and the retention; for 0,
    /// the start of retention. Errors name sequences to auditors only, and a sealed cursor to everyone.
    /// A cursor has expired when the first change after it that the watch would send is older than
    /// the retention: changes the caller may not see are not looked at, so neither their number nor
    /// their time decides the answer.
    /// </summary>
    private async Task<long> StartAsync(long after, Caller caller, IReadOnlyList<string> collections, TimeSpan retention, CancellationToken ct)
    {
        var auditor = caller.Has(Scopes.Audit);
        var field = auditor ? "after_sequence" : ChangeCursorSeal.Field;
        var head = await reader.HeadAsync(ct);
        if (after > head)
            throw new InvalidArgumentException(field, auditor
                ? $"{after} is beyond the newest change ({head}): pass a cursor this registry sent, or 0"
                : "is beyond the newest change: pass a cursor this registry sent, or leave it empty");
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        if (after == 0)
            return await reader.LastBeforeAsync(cutoff, ct);
        if ((await reader.VisibleAsync(caller, collections, after, head, 1, ct)).FirstOrDefault() is { } next && next.Time < cutoff)
        {
            var days = retention.TotalDays.ToString("0.##", CultureInfo.InvariantCulture);
            var again = $"resume_cursor {seal.Seal(head, caller)}" + (auditor ? $" or after_sequence {head} (the current head)" : " (the current head)");
            throw new FailedPreconditionException("CURSOR_EXPIRED", field,
                (auditor ? $"after_sequence {after}" : "resume_cursor") + $": the changes after it are older than the change feed's retention ({days} days). "
                + $"Resynchronise with the List methods, then watch again with {again}");
        }
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
