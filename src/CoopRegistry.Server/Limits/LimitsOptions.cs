namespace CoopRegistry.Server.Limits;

/// <summary>
/// What one call and one client may use (section "Registry:Limits"). The defaults are generous
/// for the agencies' own software and the CLI; they exist so that one careless or hostile client
/// cannot starve the others or fill the database with one request.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Registry:Limits";

    /// <summary>Largest request message in bytes (4 MiB: a 1 MiB document chunk fits with room to spare).</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxReceiveMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message in bytes (a full page of the largest records fits).</summary>
    [Range(64 * 1024, 256 * 1024 * 1024)]
    public int MaxSendMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Most characters in any text field of any request: the backstop above the per-field limits
    /// the domain rules set for each resource (a commitment's task 2,000, a description 4,000, a
    /// progress narrative 8,000…), so that a field without its own rule is bounded too.
    /// </summary>
    [Range(16, 1_000_000)]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>Most items in a list field (tags, agencies, evidence, activities…).</summary>
    [Range(1, 100_000)]
    public int MaxListItems { get; set; } = 200;

    /// <summary>Calls a client may make in a burst (token bucket size), per client id.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitBurst { get; set; } = 1_000;

    /// <summary>Calls per second a client may sustain (the bucket's refill), per client id.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitPerSecond { get; set; } = 200;

    /// <summary>
    /// Calls of any kind one client may have in flight at once. Beside the rate limit: a few slow
    /// calls (an expensive search, a stalled upload) would otherwise hold every database connection
    /// the registry has while staying under any rate.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxCallsInFlightPerClient { get; set; } = 32;

    /// <summary>Streaming calls (watches, downloads, exports, uploads) one client may hold open at once.</summary>
    [Range(1, 10_000)]
    public int MaxStreamsPerClient { get; set; } = 8;

    /// <summary>How long an upload may wait for the caller's next chunk before it is cut off.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan UploadIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
