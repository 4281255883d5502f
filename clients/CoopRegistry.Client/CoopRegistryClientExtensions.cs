using CoopRegistry.Contracts.V1;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Clients;

/// <summary>Registers a typed client for every registry service, all sharing one token cache.</summary>
public static class CoopRegistryClientExtensions
{
    /// <summary>The named HttpClient that calls the token endpoint.</summary>
    public const string TokenHttpClient = "CoopRegistry.Token";

    public static IServiceCollection AddCoopRegistryClient(this IServiceCollection services, Action<CoopRegistryClientOptions> configure)
    {
        services.AddOptions<CoopRegistryClientOptions>().Configure(configure).Validate(o =>
        {
            o.Validate();
            return true;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TokenHttpClient);
        services.TryAddSingleton(sp => new AccessTokenCache(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClient),
            sp.GetRequiredService<IOptions<CoopRegistryClientOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IAccessTokenSource>(sp => sp.GetRequiredService<AccessTokenCache>());
        return AddServiceClients(services);
    }

    /// <summary>
    /// For an app whose callers are people signed in through it (the web console): every call's token
    /// comes from <typeparamref name="TTokenSource"/>, a scoped service (one per person's session).
    /// Only the address and call settings are configured here; the token endpoint is the host's.
    /// </summary>
    public static IServiceCollection AddCoopRegistryClient<TTokenSource>(this IServiceCollection services, Action<CoopRegistryClientOptions> configure)
        where TTokenSource : class, IAccessTokenSource
    {
        services.AddOptions<CoopRegistryClientOptions>().Configure(configure).Validate(o =>
        {
            o.ValidateCalls();
            return true;
        });
        services.AddScoped<IAccessTokenSource, TTokenSource>();
        return AddServiceClients(services);
    }

    private static IServiceCollection AddServiceClients(IServiceCollection services)
    {
        services.TryAddTransient<CallDefaultsInterceptor>();
        Add<DirectoryService.DirectoryServiceClient>(services);
        Add<AgreementService.AgreementServiceClient>(services);
        Add<PlanService.PlanServiceClient>(services);
        Add<EventService.EventServiceClient>(services);
        Add<DirectiveService.DirectiveServiceClient>(services);
        Add<CommitmentService.CommitmentServiceClient>(services);
        Add<FulfilmentService.FulfilmentServiceClient>(services);
        Add<ReminderService.ReminderServiceClient>(services);
        Add<AdminService.AdminServiceClient>(services);
        // WatchChanges is a long-lived stream: no default deadline (CallDefaultsInterceptor), never retried; resume from the last cursor.
        Add<ChangeFeedService.ChangeFeedServiceClient>(services);
        Add<AuditService.AuditServiceClient>(services);
        return services;
    }

    private static void Add<TClient>(IServiceCollection services)
        where TClient : ClientBase
    {
        services.AddGrpcClient<TClient>((sp, o) => o.Address = Options(sp).Address)
            .ConfigureChannel((sp, channel) =>
            {
                var options = Options(sp);
                channel.ServiceConfig = RetryPolicies.ServiceConfig(options.MaxAttempts);
                // Validate() allows http:// only on loopback; there the bearer token may go in cleartext.
                channel.UnsafeUseInsecureChannelCallCredentials = options.Address!.Scheme == Uri.UriSchemeHttp;
            })
            .AddInterceptor<CallDefaultsInterceptor>(InterceptorScope.Client)
            // Inside the defaults: a call repeated with a fresh token keeps its request id and deadline.
            .AddInterceptor(InterceptorScope.Client, sp => new FreshTokenInterceptor(sp.GetRequiredService<IAccessTokenSource>()))
            .AddCallCredentials(async (context, metadata, sp) =>
            {
                // The scoped provider of the caller: a person's session in the console, the one cache otherwise.
                var token = await sp.GetRequiredService<IAccessTokenSource>().GetAsync(context.CancellationToken);
                metadata.Add("Authorization", $"Bearer {token}");
            });
    }

    private static CoopRegistryClientOptions Options(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<CoopRegistryClientOptions>>().Value;
}
