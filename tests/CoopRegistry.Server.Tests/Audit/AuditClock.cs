using CoopRegistry.Server.Tests.Commitments;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// Moves a test's settable clock forward past the log's head: audit entry times never go back,
/// and the seeds were logged at the real time of the template's creation, so a clock set before
/// then would give every later entry the seeds' time.
/// </summary>
internal static class AuditClock
{
    /// <summary>Sets the clock <paramref name="by"/> after the later of itself and the real time; returns the new instant.</summary>
    public static DateTimeOffset Advance(SettableClock clock, TimeSpan by)
    {
        var from = clock.Now > DateTimeOffset.UtcNow ? clock.Now : DateTimeOffset.UtcNow;
        clock.Now = from + by;
        return clock.Now;
    }
}
