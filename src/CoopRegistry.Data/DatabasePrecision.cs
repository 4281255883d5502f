namespace CoopRegistry.Data;

/// <summary>
/// PostgreSQL keeps timestamps to the microsecond, .NET to the tick (a tenth of one). An instant cut
/// to what the database keeps: a write then answers, and an audit image says, what a later read returns.
/// </summary>
public static class DatabasePrecision
{
    /// <summary><paramref name="instant"/> without its sub-microsecond ticks, its Kind kept.</summary>
    public static DateTime Truncate(DateTime instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMicrosecond, instant.Kind);
}
