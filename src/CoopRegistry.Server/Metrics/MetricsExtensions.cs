using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace CoopRegistry.Server.Metrics;

/// <summary>
/// Prometheus's text format at GET /metrics (Telemetry:Prometheus, on by default): runtime, ASP.NET
/// Core, Kestrel, gRPC and Npgsql (connection pool) metrics, and the registry's own.
/// </summary>
public static class MetricsExtensions
{
    public const string Path = "/metrics";

    /// <summary>Npgsql's per-command instruments (its pool's, db.client.connection.*, stay) and ASP.NET Core's per-request authentication and routing ones.</summary>
    private static readonly string[] PerCallInstrumentsDropped =
        ["db.client.operation*", "aspnetcore.authentication.authenticate.duration", "aspnetcore.routing.match_attempts"];

    public static void AddRegistryMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegistryMetrics>();
        builder.Services.AddSingleton<RegistryGauges>();
    }

    /// <summary>
    /// The meters every metrics exporter takes, Prometheus's or OTLP's. Of the meters made by an
    /// <see cref="IMeterFactory"/>, only this host's: another host in the process (tests run many)
    /// has meters of the same names, and its calls are not this registry's.
    /// </summary>
    public static MeterProviderBuilder AddRegistryMeters(this MeterProviderBuilder metrics)
    {
        metrics.AddAspNetCoreInstrumentation().AddMeter("System.Runtime", "Npgsql", "Grpc.AspNetCore.Server", RegistryMetrics.MeterName);
        // Recorded on every call and read by no one (docs/operations.md lists what is exported): a
        // dropped instrument is never enabled, so its library skips the measurement and its tags.
        foreach (var instrument in PerCallInstrumentsDropped)
            metrics.AddView(instrument, MetricStreamConfiguration.Drop);
        // The builder WithMetrics hands out is deferred: it configures once the services exist.
        return ((IDeferredMeterProviderBuilder)metrics).Configure((services, builder) =>
        {
            var own = services.GetRequiredService<IMeterFactory>();
            builder.AddView(instrument => instrument.Meter.Scope is IMeterFactory other && other != own ? MetricStreamConfiguration.Drop : null);
        });
    }

    public static void MapRegistryMetrics(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
            return;
        // The gauges (instruments created on first use) exist before the first collection.
        var gauges = app.Services.GetRequiredService<RegistryGauges>();
        app.Services.GetRequiredService<RegistryMetrics>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: scrape => scrape.Use(async (context, next) =>
        {
            await gauges.RefreshAsync(context.RequestAborted);
            await next(context);
        }), optionsName: null);
    }
}
