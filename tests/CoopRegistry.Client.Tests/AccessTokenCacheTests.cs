using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Clients.Tests;

public class AccessTokenCacheTests
{
    private readonly ManualTime time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly TokenEndpoint endpoint = new();

    private AccessTokenCache Cache(TimeSpan? refreshBefore = null) => new(
        new HttpClient(endpoint),
        Options.Create(new CoopRegistryClientOptions
        {
            Address = new Uri("http://127.0.0.1:5080"),
            TokenEndpoint = new Uri("http://127.0.0.1:5081/connect/token"),
            ClientId = "vn30-so-ngoai-vu",
            ClientSecret = "s3cret",
            Scope = "registry.read",
            RefreshBeforeExpiry = refreshBefore ?? TimeSpan.FromSeconds(60),
        }),
        time);

    [Fact]
    public async Task The_grant_is_client_credentials_with_the_configured_client_and_scope()
    {
        Assert.Equal("t1", await Cache().GetAsync());
        var form = Assert.Single(endpoint.Bodies);
        Assert.Contains("grant_type=client_credentials", form);
        Assert.Contains("client_id=vn30-so-ngoai-vu", form);
        Assert.Contains("client_secret=s3cret", form);
        Assert.Contains("scope=registry.read", form);
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires_then_renewed()
    {
        var cache = Cache();
        endpoint.ExpiresIn = 900;
        Assert.Equal("t1", await cache.GetAsync());
        time.Advance(TimeSpan.FromSeconds(839));
        Assert.Equal("t1", await cache.GetAsync());
        Assert.Equal(1, endpoint.Calls);
        time.Advance(TimeSpan.FromSeconds(1)); // 60 s before expiry
        Assert.Equal("t2", await cache.GetAsync());
        Assert.Equal(2, endpoint.Calls);
    }

    [Fact]
    public async Task A_short_lived_token_is_kept_for_half_its_life_rather_than_renewed_every_call()
    {
        var cache = Cache(TimeSpan.FromMinutes(5));
        endpoint.ExpiresIn = 60;
        await cache.GetAsync();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("t1", await cache.GetAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("t2", await cache.GetAsync());
    }

    [Fact]
    public async Task Concurrent_callers_share_one_request_in_flight()
    {
        var cache = Cache();
        endpoint.Gate = new TaskCompletionSource();
        // Every caller has asked (ToArray) while the first request waits at the gate.
        var callers = Enumerable.Range(0, 8).Select(_ => cache.GetAsync().AsTask()).ToArray();
        endpoint.Gate.SetResult();
        Assert.All(await Task.WhenAll(callers), t => Assert.Equal("t1", t));
        Assert.Equal(1, endpoint.Calls);
    }

    [Fact]
    public async Task A_refusal_names_the_oauth_error_and_caches_nothing()
    {
        var cache = Cache();
        endpoint.Refuse = true;
        var error = await Assert.ThrowsAsync<AccessTokenException>(async () => await cache.GetAsync());
        Assert.Equal("invalid_client", error.Error);
        Assert.Equal(400, error.HttpStatus);
        Assert.DoesNotContain("s3cret", error.Message);
        endpoint.Refuse = false;
        Assert.Equal("t2", await cache.GetAsync());
    }

    [Fact]
    public async Task Invalidate_forces_a_new_token()
    {
        var cache = Cache();
        await cache.GetAsync();
        cache.Invalidate();
        Assert.Equal("t2", await cache.GetAsync());
    }

    private sealed class TokenEndpoint : HttpMessageHandler
    {
        private int calls;

        public int Calls => calls;
        public int ExpiresIn { get; set; } = 900;
        public bool Refuse { get; set; }
        public TaskCompletionSource? Gate { get; set; }
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref calls);
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (Bodies)
                Bodies.Add(body);
            if (Gate is not null)
                await Gate.Task;
            var (status, json) = Refuse
                ? (HttpStatusCode.BadRequest, """{"error":"invalid_client","error_description":"bad secret"}""")
                : (HttpStatusCode.OK, $$"""{"access_token":"t{{n}}","token_type":"Bearer","expires_in":{{ExpiresIn}}}""");
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
