using System.Diagnostics;
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
}
