using CoopRegistry.Data.Security;
using CoopRegistry.Server.Admin;
using CoopRegistry.Server.Agreements;
using CoopRegistry.Server.ChangeFeed;
using CoopRegistry.Server.Directives;
using CoopRegistry.Server.Directory;
using CoopRegistry.Server.Events;
using CoopRegistry.Server.Fulfilment;
using CoopRegistry.Server.Limits;
using CoopRegistry.Server.Metrics;
using CoopRegistry.Server.Plans;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Hosting;

/// <summary>gRPC (and gRPC-Web) with the error interceptor, JSON transcoding, reflection and the standard health service.</summary>
public static class GrpcExtensions
{
    public static void AddRegistryGrpc(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<LimitsOptions>(LimitsOptions.Section);
        var limits = builder.Configuration.Settings<LimitsOptions>(LimitsOptions.Section);
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = limits.MaxReceiveMessageBytes;
            grpc.MaxSendMessageSize = limits.MaxSendMessageBytes;
            // Order matters: the metrics count the status the error interceptor made, and errors
            // from the access check must become rich statuses too.
            grpc.Interceptors.Add<Metrics.CallMetricsInterceptor>();
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.Interceptors.Add<AccessInterceptor>();
            grpc.Interceptors.Add<LimitsInterceptor>();
            grpc.Interceptors.Add<PageTokenInterceptor>();
            grpc.Interceptors.Add<CallerScopeInterceptor>();
            grpc.Interceptors.Add<UnseenReferencesInterceptor>();
        }).AddJsonTranscoding(json =>
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
        app.MapGrpcService<DirectoryGrpcService>();
        app.MapGrpcService<AdminGrpcService>();
        app.MapGrpcService<AgreementGrpcService>();
        app.MapGrpcService<PlanGrpcService>();
        app.MapGrpcService<EventGrpcService>();
        app.MapGrpcService<DirectiveGrpcService>();
        app.MapGrpcService<CommitmentGrpcService>();
        app.MapGrpcService<FulfilmentGrpcService>();
        app.MapGrpcService<Reminders.ReminderGrpcService>();
        app.MapGrpcService<ChangeFeedGrpcService>();
        app.MapGrpcService<AuditGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapHealthChecks("/healthz");
        app.MapRegistryMetrics();
    }
}
