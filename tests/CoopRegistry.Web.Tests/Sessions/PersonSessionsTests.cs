using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CoopRegistry.Web.Hosting;
using CoopRegistry.Web.Sessions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Web.Tests.Sessions;

public class PersonSessionsTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("coop-console-data-").FullName;
    private readonly TokenEndpoint tokens = new();

    [Fact]
    public async Task A_refresh_on_its_way_while_the_person_signs_out_does_not_bring_the_session_back()
    {
        var options = Options.Create(new ConsoleOptions { DataFolder = folder, Authority = "http://token.test" });
        var store = new SessionTokenStore(DataProtectionProvider.Create(new DirectoryInfo(folder)), options, TimeProvider.System);
        var http = new OneClientFactory(tokens);
        var sessions = new PersonSessions(http, options, TimeProvider.System, store,
            new RefreshTokenRevocation(http, options, NullLogger<RefreshTokenRevocation>.Instance));
        sessions.Start("session-1", "refresh-1");

        var page = sessions.AccessTokenAsync("session-1", CancellationToken.None).AsTask();
        await tokens.Asked.Task;
        await sessions.SignOutAsync("session-1", "refresh-1", CancellationToken.None);
        tokens.Answer.SetResult();
        await page;

        Assert.Null(store.Load("session-1"));
        Assert.False(sessions.Resume("session-1"));
        // The token the late refresh brought is revoked too (not awaited by anyone: waited for here).
        await tokens.RevokedSecond.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("refresh-1", tokens.Revoked);
    }

    /// <summary>The token service's two endpoints: a refresh held until the test answers it (with a new refresh token), and revocation.</summary>
    private sealed class TokenEndpoint : HttpMessageHandler
    {
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource RevokedSecond { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentBag<string> Revoked { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            if (request.RequestUri!.AbsolutePath == RefreshTokenRevocation.RevocationPath)
            {
                var token = form.Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..];
                Revoked.Add(token);
                if (token == "refresh-2")
                    RevokedSecond.TrySetResult();
                return new HttpResponseMessage(HttpStatusCode.OK);
            }
            Asked.TrySetResult();
            await Answer.Task;
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"access_token":"access-2","refresh_token":"refresh-2","expires_in":300}""", Encoding.UTF8, "application/json"),
            };
        }
    }

    private sealed class OneClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
