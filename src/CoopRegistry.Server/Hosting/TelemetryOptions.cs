namespace CoopRegistry.Server.Hosting;

/// <summary>Which exporter receives traces and metrics, and whether Prometheus may scrape /metrics. Section "Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>none, console, or otlp (endpoint from the standard OTEL_EXPORTER_OTLP_ENDPOINT).</summary>
    [RegularExpression("^(none|console|otlp)$", ErrorMessage = "Telemetry:Exporter must be none, console or otlp")]
    public string Exporter { get; set; } = "none";

    /// <summary>GET /metrics in Prometheus's text format (docs/operations.md#metrics); on unless set false.</summary>
    public bool Prometheus { get; set; } = true;
}
