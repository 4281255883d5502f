namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>TestServer answers as HTTP/1.1 unless told otherwise; gRPC needs the response to say HTTP/2.</summary>
internal sealed class ResponseVersionHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        response.Version = request.Version;
        return response;
    }
}
