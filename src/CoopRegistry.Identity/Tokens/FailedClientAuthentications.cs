using System.Collections.Concurrent;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// Failed client authentications at the token endpoint, counted per client id and per caller
/// address (issue 20): after <see cref="MaxPerClient"/> failures for one client id, or
/// <see cref="MaxPerAddress"/> from one address, within <see cref="Window"/> of the first, that
/// client id or address is refused until the window ends, and told when that is. A guessed secret
/// then costs a quarter of an hour per few tries. Kept in memory: each token-service process counts
/// its own.
/// </summary>
public sealed class FailedClientAuthentications(TimeProvider clock)
{
    public const int MaxPerClient = 5;
    public const int MaxPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long the client id or address must still wait, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string? clientId, string? address)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var (key, max) in Keys(clientId, address))
            if (failures.TryGetValue(key, out var counted) && counted.Count >= max && counted.Since + Window > now)
                wait = Max(wait, counted.Since + Window - now);
        return wait;
    }

    public void Record(string? clientId, string? address)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, _) in Keys(clientId, address))
            failures.AddOrUpdate(key, _ => new Failures(now, 1),
                (_, counted) => counted.Since + Window <= now ? new Failures(now, 1) : counted with { Count = counted.Count + 1 });
    }

    private static IEnumerable<(string Key, int Max)> Keys(string? clientId, string? address)
    {
        if (!string.IsNullOrEmpty(clientId))
            yield return ("client:" + clientId, MaxPerClient);
        yield return ("address:" + (address ?? "unknown"), MaxPerAddress);
    }

    private static TimeSpan Max(TimeSpan? a, TimeSpan b) => a is { } x && x > b ? x : b;

    private sealed record Failures(DateTimeOffset Since, int Count);
}
