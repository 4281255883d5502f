using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi.Models;

namespace CoopRegistry.Server.OpenApi;

/// <summary>
/// The JSON side's OpenAPI document at /openapi/v1.json (from the protos' google.api.http routes and
/// comments, by the gRPC Swagger integration), and a page to try it at /openapi/ in Development.
/// </summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static void AddRegistryOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpcSwagger();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, AipPaths>());
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CoopRegistry",
                Version = "v1",
                Description = "JSON over HTTP/1.1 (gRPC JSON transcoding); every method is also gRPC and gRPC-Web. Bearer tokens from the token service.",
            });
            swagger.AddSecurityDefinition("bearer", new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT" });
            swagger.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = "bearer" } }] = [],
            });
            // The protos' comments, compiled into the contracts' XML documentation.
            var comments = Path.Combine(AppContext.BaseDirectory, "CoopRegistry.Contracts.xml");
            if (File.Exists(comments))
                swagger.IncludeGrpcXmlComments(comments, includeControllerXmlComments: true);
        });
    }

    public static void MapRegistryOpenApi(this WebApplication app)
    {
        app.UseSwagger(swagger => swagger.RouteTemplate = "openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
            app.UseSwaggerUI(page =>
            {
                page.SwaggerEndpoint(DocumentPath, "CoopRegistry v1");
                page.RoutePrefix = "openapi";
            });
    }
}
