using System.Net;
using CoopRegistry.Contracts.V1;
using CoopRegistry.EndToEnd.Tests.Auth;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>Real tokens from the running token service, used against the running registry.</summary>
public class PartnerSystemTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_partner_system_with_a_real_token_reads_the_directory()
    {
        var ratanakiri = TokenRequests.DevClients.First(c => c.Province == "KH-16");
        using var channel = stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, ratanakiri));
        var provinces = await new DirectoryService.DirectoryServiceClient(channel)
            .ListProvincesAsync(new ListProvincesRequest { Filter = "home = true" });
        Assert.Equal(["VN-09", "VN-30"], provinces.Provinces.Select(p => p.Code).Order());
    }

    [Fact]
    public async Task Every_development_client_gets_a_token_the_registry_accepts()
    {
        foreach (var client in TokenRequests.DevClients)
        {
            using var channel = stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, client));
            var agency = await new DirectoryService.DirectoryServiceClient(channel).GetAgencyAsync(new GetAgencyRequest { Name = client.Agency });
            Assert.Equal(client.Agency, agency.Agency.Name);
        }
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        var client = TokenRequests.DevClients[0];
        using var response = await TokenRequests.RequestAsync(stack.TokenUrl, client.ClientId, client.ClientSecret + "x");
        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_scope_the_client_lacks_is_refused()
    {
        var partner = TokenRequests.DevClients.First(c => c.Province == "KH-16");
        using var response = await TokenRequests.RequestAsync(stack.TokenUrl, partner.ClientId, partner.ClientSecret, "registry.manage");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_scope", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task Calls_without_a_valid_token_are_unauthenticated_with_error_info(string? token)
    {
        using var channel = stack.Channel(token);
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await new DirectoryService.DirectoryServiceClient(channel).ListProvincesAsync(new ListProvincesRequest()));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal("UNAUTHENTICATED", error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task Health_is_open_and_serving()
    {
        using var channel = stack.Channel(null);
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task An_auditor_with_a_real_token_cannot_write()
    {
        var auditor = TokenRequests.WithScope("registry.audit");
        using var channel = stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, auditor));
        var error = await Assert.ThrowsAsync<RpcException>(async () => await new AdminService.AdminServiceClient(channel).CreateClientAsync(
            new CreateClientRequest { Client = new Client { ClientId = "auditor-made", DisplayName = "x", Agency = auditor.Agency, Province = auditor.Province } }));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Equal("PERMISSION_DENIED", error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }
}
