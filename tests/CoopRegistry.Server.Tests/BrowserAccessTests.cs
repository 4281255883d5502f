using System.ComponentModel.DataAnnotations;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Hosting;
using CoopRegistry.Testing;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;

namespace CoopRegistry.Server.Tests;

/// <summary>The registry with one browser app's origin allowed, as Registry:Cors:AllowedOrigins sets it.</summary>
public sealed class BrowserAppRegistry : ClassDatabase
{
    public const string AllowedOrigin = "https://partner.example.gov.vn";

    public RegistryFactory Factory { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new RegistryFactory(AppConnectionString, new Dictionary<string, string?> { ["Registry:Cors:AllowedOrigins:0"] = AllowedOrigin });
    }

    public override async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A gRPC-Web channel over HTTP/1.1, as a browser's fetch makes calls.</summary>
    public GrpcChannel GrpcWebChannel(string? token) => GrpcChannel.ForAddress(Factory.Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, new BearerHandler(token, Factory.Server.CreateHandler())),
        HttpVersion = System.Net.HttpVersion.Version11,
        HttpVersionPolicy = System.Net.Http.HttpVersionPolicy.RequestVersionExact,
    });
}

public class BrowserAccessTests(BrowserAppRegistry registry) : IClassFixture<BrowserAppRegistry>
{
    [Fact]
    public async Task A_gRPC_Web_call_answers_like_gRPC_and_needs_a_token_like_it()
    {
        using var channel = registry.GrpcWebChannel(TestTokens.For(TestCallers.ForeignAffairs));
        var answer = await new DirectoryService.DirectoryServiceClient(channel).GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" });
        Assert.Equal("Gia Lai", answer.Province.DisplayNames.Vi);

        using var anonymous = registry.GrpcWebChannel(token: null);
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            new DirectoryService.DirectoryServiceClient(anonymous).GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task An_allowed_origin_gets_its_preflight_answered_with_the_gRPC_status_headers_exposed()
    {
        using var answer = await PreflightAsync(BrowserAppRegistry.AllowedOrigin);

        Assert.Equal(BrowserAppRegistry.AllowedOrigin, Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        using var call = await CrossOriginCallAsync(BrowserAppRegistry.AllowedOrigin);
        var exposed = string.Join(",", call.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("Grpc-Status", exposed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Grpc-Status-Details-Bin", exposed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Any_other_origin_gets_no_allowance()
    {
        using var answer = await PreflightAsync("https://elsewhere.example");

        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://partner.example.gov.vn/app")]
    [InlineData("https://partner.example.gov.vn/")]
    [InlineData("partner.example.gov.vn")]
    public void An_allow_list_entry_that_is_not_an_origin_is_refused(string origin)
    {
        var options = new BrowserAccessOptions { AllowedOrigins = [origin] };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var http = registry.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/coopregistry.v1.DirectoryService/GetProvince");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web,authorization");
        return await http.SendAsync(request);
    }

    // The answer to the call itself is where a browser reads which headers it may show the app.
    private async Task<HttpResponseMessage> CrossOriginCallAsync(string origin)
    {
        using var http = registry.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/provinces/VN-30");
        request.Headers.Add("Origin", origin);
        return await http.SendAsync(request);
    }
}
