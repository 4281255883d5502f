using CoopRegistry.Server.Errors;
using CoopRegistry.Server.Mapping;
using CoopRegistry.Server.Services;

namespace CoopRegistry.Server.Hosting;

/// <summary>gRPC with the error interceptor, JSON transcoding, reflection and the standard health service.</summary>
public static class GrpcExtensions
{
    public static void AddRegistryGrpc(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpc(grpc => grpc.Interceptors.Add<ErrorInterceptor>()).AddJsonTranscoding();
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddSingleton(RegistryMapping.Create());
    }

    public static void MapRegistryGrpc(this WebApplication app)
    {
        app.MapGrpcService<DirectoryGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapHealthChecks("/healthz");
    }
}
