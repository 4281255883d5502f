using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using CoopRegistry.EndToEnd.Tests.Auth;
using Google.Rpc;
using Grpc.Core;
using Npgsql;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>
/// A client disabled in the token service's store loses the registry within seconds, even with a
/// token that is still valid, and gets no new token. Its own stack: the other classes keep all clients.
/// </summary>
public class DisabledClientTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_disabled_clients_still_valid_token_is_refused_within_seconds()
    {
        var partner = TokenRequests.DevClients.First(c => c.Province == "KH-16");
        var token = await TokenRequests.AccessTokenAsync(stack.TokenUrl, partner);
        using var channel = stack.Channel(token);
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await directory.ListProvincesAsync(new ListProvincesRequest());

        await using (var connection = new NpgsqlConnection(stack.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "update identity.applications set properties = jsonb_set(properties::jsonb, '{disabled}', 'true')::text where client_id = @id", connection);
            command.Parameters.AddWithValue("id", partner.ClientId);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var clock = Stopwatch.StartNew();
        RpcException? refused = null;
        while (refused is null && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            try
            {
                await directory.ListProvincesAsync(new ListProvincesRequest());
                await Task.Delay(200);
            }
            catch (RpcException e)
            {
                refused = e;
            }
        }
        Assert.NotNull(refused);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal("CLIENT_DISABLED", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);

        using var response = await TokenRequests.RequestAsync(stack.TokenUrl, partner.ClientId, partner.ClientSecret);
        Assert.False(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task An_admin_creates_disables_and_rotates_a_client_through_the_registry()
    {
        using var adminChannel = stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.WithScope("registry.admin")));
        var admin = new AdminService.AdminServiceClient(adminChannel);
        var created = await admin.CreateClientAsync(new CreateClientRequest
        {
            Client = new Client
            {
                ClientId = "e2e-system",
                DisplayName = "End-to-end test system",
                Agency = "agencies/vn30-so-ngoai-vu",
                Province = "VN-30",
                Scopes = { "registry.read" },
            },
        });

        // The new client gets a real token from the token service and reads the directory.
        var token = await TokenAsync("e2e-system", created.ClientSecret);
        using var channel = stack.Channel(token);
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        var agency = await directory.GetAgencyAsync(new GetAgencyRequest { Name = "agencies/vn30-so-ngoai-vu" });
        Assert.Equal("agencies/vn30-so-ngoai-vu", agency.Agency.Name);

        // Disabled: its still-valid token is refused within seconds, and it gets no new token.
        await admin.DisableClientAsync(new DisableClientRequest { Name = "clients/e2e-system" });
        var refused = await RefusedWithinAsync(directory, TimeSpan.FromSeconds(10));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal("CLIENT_DISABLED", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        using (var response = await TokenRequests.RequestAsync(stack.TokenUrl, "e2e-system", created.ClientSecret))
            Assert.False(response.IsSuccessStatusCode);

        // Enabled and rotated: the old secret is refused, the new one works.
        await admin.EnableClientAsync(new EnableClientRequest { Name = "clients/e2e-system" });
        var rotated = await admin.RotateClientSecretAsync(new RotateClientSecretRequest { Name = "clients/e2e-system" });
        using (var response = await TokenRequests.RequestAsync(stack.TokenUrl, "e2e-system", created.ClientSecret))
        {
            Assert.False(response.IsSuccessStatusCode);
            Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
        }
        using var rotatedChannel = stack.Channel(await TokenAsync("e2e-system", rotated.ClientSecret));
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await new DirectoryService.DirectoryServiceClient(rotatedChannel).ListProvincesAsync(new ListProvincesRequest());
                break;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unauthenticated && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(200); // until the registry has seen the client enabled again
            }
        }
    }

    private async Task<string> TokenAsync(string clientId, string secret)
    {
        using var response = await TokenRequests.RequestAsync(stack.TokenUrl, clientId, secret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static async Task<RpcException> RefusedWithinAsync(DirectoryService.DirectoryServiceClient directory, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                await directory.ListProvincesAsync(new ListProvincesRequest());
                await Task.Delay(200);
            }
            catch (RpcException e)
            {
                return e;
            }
        }
        throw new Xunit.Sdk.XunitException($"still served {limit} after the client was disabled");
    }
}
