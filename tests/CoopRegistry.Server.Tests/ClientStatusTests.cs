using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CoopRegistry.Server.Tests;

/// <summary>A client the token service disabled is refused by the registry once the status is refreshed.</summary>
public class ClientStatusTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private static readonly Caller Gone = new("gone", "vn30-so-ngoai-vu", "VN-30", new HashSet<string> { Scopes.Read });

    [Fact]
    public async Task A_disabled_clients_valid_token_is_refused_after_a_refresh()
    {
        var refresher = registry.Factory.Services.GetServices<IHostedService>().OfType<ClientStatusRefresher>().Single();
        using var channel = registry.ChannelWith(TestTokens.For(Gone));
        var client = new DirectoryService.DirectoryServiceClient(channel);

        // Without the identity schema nothing is disabled, and the refresh does not fail.
        await refresher.RefreshAsync(CancellationToken.None);
        await client.ListProvincesAsync(new ListProvincesRequest());

        await using (var connection = new NpgsqlConnection(registry.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($$"""
                create schema identity;
                create table identity.applications (id text primary key, client_id varchar(100), properties text);
                insert into identity.applications values ('1', 'gone', '{"agency":"vn30-so-ngoai-vu","disabled":true}');
                insert into identity.applications values ('2', 'dofa', '{"agency":"vn30-so-ngoai-vu","disabled":false}');
                grant usage on schema identity to {{DatabaseRoles.App}};
                grant select on identity.applications to {{DatabaseRoles.App}};
                """, connection);
            await command.ExecuteNonQueryAsync();
        }
        await refresher.RefreshAsync(CancellationToken.None);

        var status = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, async () => await client.ListProvincesAsync(new ListProvincesRequest()));
        Assert.Equal("CLIENT_DISABLED", status.GetDetail<ErrorInfo>().Reason);
        await new DirectoryService.DirectoryServiceClient(registry.Channel).ListProvincesAsync(new ListProvincesRequest());
    }
}
