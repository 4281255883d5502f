using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace CoopRegistry.Server.OpenApi;

/// <summary>
/// Paths as the routes are: the gRPC Swagger integration documents <c>/v1/{name=agreements/*}</c>
/// as <c>/v1/{name}</c>, so every resource's Get (and Delete) share one path and the document
/// cannot be written (dotnet/aspnetcore#64879). Each <c>{field=collection/*}</c> becomes
/// <c>collection/{field}</c>, the path a caller requests: the field's value is the whole resource
/// name, <c>agreements/{id}</c>, as the transcoding reads it.
/// </summary>
public sealed partial class AipPaths : IApiDescriptionProvider
{
    /// <summary>After the gRPC integration's provider has described the routes.</summary>
    public int Order => 1000;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            var rule = description.ActionDescriptor.EndpointMetadata.OfType<GrpcJsonTranscodingMetadata>().FirstOrDefault()?.HttpRule;
            if (rule is null)
                continue;
            var template = rule.PatternCase switch
            {
                Google.Api.HttpRule.PatternOneofCase.Get => rule.Get,
                Google.Api.HttpRule.PatternOneofCase.Post => rule.Post,
                Google.Api.HttpRule.PatternOneofCase.Patch => rule.Patch,
                Google.Api.HttpRule.PatternOneofCase.Put => rule.Put,
                Google.Api.HttpRule.PatternOneofCase.Delete => rule.Delete,
                _ => null,
            };
            if (template is not null)
                description.RelativePath = Variable().Replace(template, "$2/{$1}").TrimStart('/');
        }
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
    }

    /// <summary>{field=collection/*}: one wildcard after literal segments, the form every route of the contract has.</summary>
    [GeneratedRegex(@"\{([\w.]+)=([\w/]+)/\*\}")]
    private static partial Regex Variable();
}
