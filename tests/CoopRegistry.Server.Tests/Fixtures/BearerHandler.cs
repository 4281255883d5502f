using System.Net.Http.Headers;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>Adds a bearer token to every request (in-process channels carry no call credentials).</summary>
internal sealed class BearerHandler(string? token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
