using CoopRegistry.Server.Admin;
using CoopRegistry.Server.Agreements;
using CoopRegistry.Server.ChangeFeed;
using CoopRegistry.Server.Directives;
using CoopRegistry.Server.Directory;
using CoopRegistry.Server.Events;
using CoopRegistry.Server.Fulfilment;
using CoopRegistry.Server.Limits;
using CoopRegistry.Server.Plans;
using Grpc.AspNetCore.Server;
using Grpc.Reflection;

namespace CoopRegistry.Server.Hosting;

/// <summary>
/// The gRPC services that run behind the registry's interceptors, listed once for both their
/// interceptors and their mapping, so that none is mapped without them. The standard health
/// service is not among them: it is open, reads nothing and answers from the latest probe, so a
/// Check skips the seven interceptors' per-call work (each is resolved and awaited per call).
/// </summary>
internal static class RegistryGrpcServices
{
    private static readonly Service[] All =
    [
        Of<DirectoryGrpcService>(), Of<AdminGrpcService>(), Of<AgreementGrpcService>(), Of<PlanGrpcService>(),
        Of<EventGrpcService>(), Of<DirectiveGrpcService>(), Of<CommitmentGrpcService>(), Of<FulfilmentGrpcService>(),
        Of<Reminders.ReminderGrpcService>(), Of<ChangeFeedGrpcService>(), Of<AuditGrpcService>(),
        new(grpc => grpc.AddServiceOptions<ReflectionServiceImpl>(Intercept), app => app.MapGrpcReflectionService()),
    ];

    public static void AddInterceptors(IGrpcServerBuilder grpc)
    {
        foreach (var service in All)
            service.Intercept(grpc);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var service in All)
            service.Map(app);
    }

    private static Service Of<T>() where T : class => new(grpc => grpc.AddServiceOptions<T>(Intercept), app => app.MapGrpcService<T>());

    private static void Intercept(GrpcServiceOptions grpc)
    {
        // Order matters: the metrics count the status the error interceptor made, and errors
        // from the access check must become rich statuses too.
        grpc.Interceptors.Add<Metrics.CallMetricsInterceptor>();
        grpc.Interceptors.Add<ErrorInterceptor>();
        grpc.Interceptors.Add<AccessInterceptor>();
        grpc.Interceptors.Add<LimitsInterceptor>();
        grpc.Interceptors.Add<PageTokenInterceptor>();
        grpc.Interceptors.Add<CallerScopeInterceptor>();
        grpc.Interceptors.Add<UnseenReferencesInterceptor>();
    }

    private sealed record Service(Action<IGrpcServerBuilder> Intercept, Action<IEndpointRouteBuilder> Map);
}
