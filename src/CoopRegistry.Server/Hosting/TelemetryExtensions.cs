using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopRegistry.Server.Hosting;

/// <summary>OpenTelemetry traces and metrics (ASP.NET Core, gRPC, Npgsql), exported as configured; none when Telemetry:Exporter is none.</summary>
public static class TelemetryExtensions
{
    public static void AddRegistryTelemetry(this WebApplicationBuilder builder)
    {
        var exporter = builder.Configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.Exporter)}"] ?? "none";
        // Nothing to export to: no activities or measurements at all. Recorded and dropped, they
        // cost every call an Activity per request and per database command, with their tags.
        if (exporter == "none")
            return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("coopregistry"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource("Npgsql");
                if (exporter == "console") tracing.AddConsoleExporter();
                if (exporter == "otlp") tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Npgsql", "Grpc.AspNetCore.Server");
                if (exporter == "console") metrics.AddConsoleExporter();
                if (exporter == "otlp") metrics.AddOtlpExporter();
            });
    }
}
