using System.Net.Http.Headers;

namespace CoopRegistry.EndToEnd.Tests.Auth;

/// <summary>Sends a bearer token with every call, as a partner system's HTTP stack would.</summary>
public sealed class BearerTokenHandler(string? token) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
