using CoopRegistry.Server.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// OpenTelemetry: metrics for Prometheus to scrape (Telemetry:Prometheus) and traces and metrics
/// exported as configured (Telemetry:Exporter); nothing at all when both are off.
/// </summary>
public static class TelemetryExtensions
{
    public static void AddRegistryTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);
        builder.AddRegistryMetrics();
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        var exporter = section[nameof(TelemetryOptions.Exporter)] ?? "none";
        var prometheus = section.GetValue(nameof(TelemetryOptions.Prometheus), true);
        // Nothing to export to: no activities or measurements at all. Recorded and dropped, they
        // cost every call an Activity per request and per database command, with their tags.
        if (exporter == "none" && !prometheus)
            return;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("coopregistry"))
            .WithMetrics(metrics =>
            {
                metrics.AddRegistryMeters();
                // No cached answer: each scrape shows the calls up to it (the register's gauges have their own limit).
                if (prometheus) metrics.AddPrometheusExporter(scrape => scrape.ScrapeResponseCacheDurationMilliseconds = 0);
                if (exporter == "console") metrics.AddConsoleExporter();
                if (exporter == "otlp") metrics.AddOtlpExporter();
            });
        if (exporter != "none")
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource("Npgsql");
                if (exporter == "console") tracing.AddConsoleExporter();
                if (exporter == "otlp") tracing.AddOtlpExporter();
            });
    }
}
