namespace CoopRegistry.Server.ChangeFeed;

/// <summary>How the change feed (WatchChanges) replays and follows the audit chain. Section "ChangeFeed".</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>
    /// How far back a watch may resume: a cursor whose next change is older is refused
    /// (FAILED_PRECONDITION, CURSOR_EXPIRED) and a watch from 0 starts at the oldest change younger than this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00", ErrorMessage = "ChangeFeed:Retention must be a TimeSpan between 00:00:01 and 3650.00:00:00, e.g. 30.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>While nothing the watcher may see changes, a heartbeat with the head's sequence is sent this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "ChangeFeed:Heartbeat must be a TimeSpan between 00:00:00.100 and 01:00:00, e.g. 00:00:15")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Watchers also read the table this often without a notification: the safety net for a
    /// NOTIFY missed while this process's LISTEN connection was being re-established.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "ChangeFeed:PollInterval must be a TimeSpan between 00:00:00.100 and 00:10:00, e.g. 00:00:05")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many open watches per process; more are refused with RESOURCE_EXHAUSTED.</summary>
    [Range(1, 100_000, ErrorMessage = "ChangeFeed:MaxWatchers must be 1-100000")]
    public int MaxWatchers { get; set; } = 500;
}
