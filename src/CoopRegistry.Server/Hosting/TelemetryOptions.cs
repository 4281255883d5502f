using System.ComponentModel.DataAnnotations;

namespace CoopRegistry.Server.Hosting;

/// <summary>Which exporter receives traces and metrics. Section "Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>none, console, or otlp (endpoint from the standard OTEL_EXPORTER_OTLP_ENDPOINT).</summary>
    [RegularExpression("^(none|console|otlp)$", ErrorMessage = "Telemetry:Exporter must be none, console or otlp")]
    public string Exporter { get; set; } = "none";
}
