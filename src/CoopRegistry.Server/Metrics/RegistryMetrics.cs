using System.Diagnostics.Metrics;

namespace CoopRegistry.Server.Metrics;

/// <summary>
/// The registry's own instruments (meter "CoopRegistry"): calls by method and status, refusals by
/// reason, reminders by outcome, and when this process last signed an audit checkpoint. The
/// database-wide readings (audit chain length, overdue commitments) are <see cref="RegistryGauges"/>.
/// </summary>
public sealed class RegistryMetrics
{
    public const string MeterName = "CoopRegistry";

    private readonly Counter<long> calls;
    private readonly Counter<long> refusals;
    private readonly Counter<long> reminders;
    private long lastCheckpointTicks;

    public RegistryMetrics(IMeterFactory meters, TimeProvider clock)
    {
        var meter = meters.Create(MeterName);
        calls = meter.CreateCounter<long>("coopregistry.calls", "{call}", "Calls answered, by gRPC method and status (JSON calls by the method they transcode to).");
        refusals = meter.CreateCounter<long>("coopregistry.refusals", "{call}", "Calls answered with an error, by the ErrorInfo reason the registry gave and the status.");
        reminders = meter.CreateCounter<long>("coopregistry.reminders", "{reminder}", "Reminders handed to the mail server: sent, failed (refused for good) or retried later.");
        meter.CreateObservableGauge("coopregistry.audit.checkpoint.age", () => CheckpointAge(clock), "s",
            "Seconds since this process last signed an audit checkpoint; absent until it has signed one.");
    }

    public void Answered(string method, Grpc.Core.StatusCode status) =>
        calls.Add(1, new("grpc.method", method), new("grpc.status", StatusName(status)));

    public void Refused(string reason, Grpc.Core.StatusCode status) =>
        refusals.Add(1, new("reason", reason), new("grpc.status", StatusName(status)));

    public void Reminder(string outcome) => reminders.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void CheckpointSigned(DateTimeOffset at) => Interlocked.Exchange(ref lastCheckpointTicks, at.UtcTicks);

    private IEnumerable<Measurement<double>> CheckpointAge(TimeProvider clock)
    {
        var ticks = Interlocked.Read(ref lastCheckpointTicks);
        if (ticks == 0)
            yield break;
        yield return new((clock.GetUtcNow().UtcTicks - ticks) / (double)TimeSpan.TicksPerSecond);
    }

    /// <summary>The status as gRPC documents name it (NOT_FOUND), the form operators search logs for.</summary>
    private static string StatusName(Grpc.Core.StatusCode status) => status switch
    {
        Grpc.Core.StatusCode.OK => "OK",
        Grpc.Core.StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        Grpc.Core.StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        Grpc.Core.StatusCode.NotFound => "NOT_FOUND",
        Grpc.Core.StatusCode.AlreadyExists => "ALREADY_EXISTS",
        Grpc.Core.StatusCode.PermissionDenied => "PERMISSION_DENIED",
        Grpc.Core.StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        Grpc.Core.StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        Grpc.Core.StatusCode.OutOfRange => "OUT_OF_RANGE",
        Grpc.Core.StatusCode.Unimplemented => "UNIMPLEMENTED",
        Grpc.Core.StatusCode.DataLoss => "DATA_LOSS",
        Grpc.Core.StatusCode.Unauthenticated => "UNAUTHENTICATED",
        _ => status.ToString().ToUpperInvariant(),
    };
}
