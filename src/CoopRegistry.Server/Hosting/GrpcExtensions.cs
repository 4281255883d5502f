using CoopRegistry.Data.Security;
using CoopRegistry.Server.Limits;
using CoopRegistry.Server.Metrics;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Hosting;

/// <summary>gRPC (and gRPC-Web) with the error interceptor, JSON transcoding, reflection and the standard health service.</summary>
public static class GrpcExtensions
{
    public static void AddRegistryGrpc(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<LimitsOptions>(LimitsOptions.Section);
        var limits = builder.Configuration.Settings<LimitsOptions>(LimitsOptions.Section);
        var grpc = builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = limits.MaxReceiveMessageBytes;
            grpc.MaxSendMessageSize = limits.MaxSendMessageBytes;
        });
        RegistryGrpcServices.AddInterceptors(grpc);
        grpc.AddJsonTranscoding(json =>
            // JSON error bodies carry the same rich details; the serializer must know their types.
            json.TypeRegistry = TypeRegistry.FromMessages(RpcErrors.DetailTypes));
        // Stateless: one of each for the process. An interceptor missing from the services would be
        // constructed again for every call.
        builder.Services.AddSingleton<Metrics.CallMetricsInterceptor>();
        builder.Services.AddSingleton<ErrorInterceptor>();
        builder.Services.AddSingleton<AccessInterceptor>();
        builder.Services.AddSingleton<LimitsInterceptor>();
        builder.Services.AddSingleton<PageTokenInterceptor>();
        builder.Services.AddSingleton<CallerScopeInterceptor>();
        builder.Services.AddSingleton<UnseenReferencesInterceptor>();
        builder.Services.AddSingleton<ClientStatus>();
        builder.Services.AddSingleton<ClientQuotas>();
        builder.Services.AddSingleton<PageTokenSeal>();
        builder.AddRegistryDataProtection();
        builder.Services.AddSingleton(services => new RequestLimits(services.GetRequiredService<IOptions<LimitsOptions>>().Value));
        builder.Services.AddSingleton(services => new IdentityStatusReader(
            RegistryDbContextOptions.PooledConnectionString(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Registry)));
        builder.Services.AddHostedService<ClientStatusRefresher>();
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddSingleton(services => RegistryMapping.Create(services.GetRequiredService<Data.Records.EtagSeal>()));
    }

    public static void MapRegistryGrpc(this WebApplication app)
    {
        app.UseMiddleware<UnreadableRequests>();
        app.UseRegistryBrowserAccess();
        app.UseAuthentication();
        RegistryGrpcServices.Map(app);
        // A probe's calls are not the registry's traffic: no request-duration histogram for them.
        app.MapGrpcHealthChecksService().DisableHttpMetrics();
        app.MapHealthChecks("/healthz");
        app.MapRegistryMetrics();
    }
}
