namespace CoopRegistry.Server.Hosting;

/// <summary>
/// Browsers cannot speak gRPC over HTTP/2: every service also answers gRPC-Web (on either
/// endpoint; the HTTP/1.1 one is where browsers and nginx's @grpc_web location reach it), and the
/// origins in Registry:Cors:AllowedOrigins may call it and the JSON side across origins.
/// </summary>
public static class BrowserAccessExtensions
{
    private const string Policy = "browser-apps";

    // What a gRPC-Web client must read from a cross-origin answer: the status, its message and
    // the rich error details (google.rpc.Status) the registry sends.
    private static readonly string[] ExposedHeaders = ["Grpc-Status", "Grpc-Message", "Grpc-Status-Details-Bin", "Grpc-Encoding", "Grpc-Accept-Encoding"];

    public static void AddRegistryBrowserAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<BrowserAccessOptions>(BrowserAccessOptions.Section);
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<BrowserAccessOptions>>((cors, browsers) => cors.AddPolicy(Policy, policy => policy
                .WithOrigins([.. browsers.Value.AllowedOrigins])
                .WithMethods("GET", "POST", "PATCH", "DELETE")
                .AllowAnyHeader()
                .WithExposedHeaders(ExposedHeaders)));
    }

    /// <summary>CORS first (a preflight is answered before anything else runs), then gRPC-Web for every service.</summary>
    public static void UseRegistryBrowserAccess(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BrowserAccessOptions>>().Value.AllowedOrigins.Count > 0)
            app.UseCors(Policy);
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
    }
}
