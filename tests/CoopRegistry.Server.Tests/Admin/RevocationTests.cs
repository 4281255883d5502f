using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Identity.People;
using CoopRegistry.Server.Access;
using Google.Rpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CoopRegistry.Server.Tests.Admin;

/// <summary>
/// Revocation that sticks: after a disable, a rotation, a password or second-factor reset or a role taken away, the
/// tokens issued before are refused once the status is refreshed, and enabling again does not
/// bring them back. Tokens carry the stamps as the token service writes them.
/// </summary>
public class RevocationTests(IdentityStoreFixture registry) : IClassFixture<IdentityStoreFixture>
{
    private AdminService.AdminServiceClient Operator => registry.Admin(TestCallers.Operator);

    [Theory]
    [InlineData("disable")]
    [InlineData("reset")]
    [InlineData("second-factor")]
    [InlineData("role")]
    public async Task A_persons_earlier_token_is_refused_after_the_change_and_stays_refused(string change)
    {
        var username = await registry.CreateGiaLaiPersonAsync($"revoked.{change}", "reader", "reporter");
        var caller = new Caller("coop-cli", "vn30-so-cong-thuong", "VN-30", new HashSet<string> { Scopes.Read }, username, username);
        using var channel = registry.ChannelWith(TestTokens.For(caller, stamps: new Dictionary<string, string>
        {
            [TokenClaims.PersonStamp] = TokenStamps.OfPerson(await SecurityStampAsync(username)),
        }));
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await RefreshAsync();
        await directory.ListProvincesAsync(new ListProvincesRequest());

        var name = $"people/{username}";
        switch (change)
        {
            case "disable": await Operator.DisablePersonAsync(new DisablePersonRequest { Name = name }); break;
            case "reset": await Operator.ResetPersonPasswordAsync(new ResetPersonPasswordRequest { Name = name }); break;
            case "second-factor": await Operator.ResetPersonSecondFactorAsync(new ResetPersonSecondFactorRequest { Name = name }); break;
            default: await Operator.SetPersonRolesAsync(new SetPersonRolesRequest { Name = name, Roles = { "reader" } }); break;
        }
        await RefreshAsync();
        var refused = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => directory.ListProvincesAsync(new ListProvincesRequest()).ResponseAsync);
        Assert.Equal(change == "disable" ? "PERSON_DISABLED" : "TOKEN_REVOKED", refused.GetDetail<ErrorInfo>().Reason);

        await Operator.EnablePersonAsync(new EnablePersonRequest { Name = name });
        await RefreshAsync();
        refused = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => directory.ListProvincesAsync(new ListProvincesRequest()).ResponseAsync);
        Assert.Equal("TOKEN_REVOKED", refused.GetDetail<ErrorInfo>().Reason);
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("rotate")]
    public async Task A_clients_earlier_token_is_refused_after_the_change_and_stays_refused(string change)
    {
        var clientId = await registry.CreateGiaLaiClientAsync($"revoked-{change}");
        var caller = new Caller(clientId, "vn30-so-cong-thuong", "VN-30", new HashSet<string> { Scopes.Read });
        // A client never revoked has no stamp, and its tokens none.
        using var channel = registry.ChannelWith(TestTokens.For(caller));
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await RefreshAsync();
        await directory.ListProvincesAsync(new ListProvincesRequest());

        var name = $"clients/{clientId}";
        if (change == "disable")
            await Operator.DisableClientAsync(new DisableClientRequest { Name = name });
        else
            await Operator.RotateClientSecretAsync(new RotateClientSecretRequest { Name = name });
        await Operator.EnableClientAsync(new EnableClientRequest { Name = name });
        await RefreshAsync();
        var refused = await RpcAssert.FailsAsync(StatusCode.Unauthenticated, () => directory.ListProvincesAsync(new ListProvincesRequest()).ResponseAsync);
        Assert.Equal("TOKEN_REVOKED", refused.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task A_token_issued_after_the_last_refresh_is_not_judged_by_it()
    {
        var username = await registry.CreateGiaLaiPersonAsync("signed-in.after-reset", "reader");
        await RefreshAsync();
        // The reset gives a new stamp that the registry has not read yet.
        await Operator.ResetPersonPasswordAsync(new ResetPersonPasswordRequest { Name = $"people/{username}" });
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // iat has whole seconds: past the refresh's second
        var caller = new Caller("coop-cli", "vn30-so-cong-thuong", "VN-30", new HashSet<string> { Scopes.Read }, username, username);
        using var channel = registry.ChannelWith(TestTokens.For(caller, stamps: new Dictionary<string, string>
        {
            [TokenClaims.PersonStamp] = TokenStamps.OfPerson(await SecurityStampAsync(username)),
        }));
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await directory.ListProvincesAsync(new ListProvincesRequest());
        await RefreshAsync();
        await directory.ListProvincesAsync(new ListProvincesRequest());
    }

    [Fact]
    public async Task A_second_factor_reset_replaces_the_lost_devices_key_and_asks_for_a_new_set_up()
    {
        var username = await registry.CreateGiaLaiPersonAsync("lost.phone", "manager");
        await ExecuteAsync(
            "update identity.people set two_factor_enabled = true where id = @id; " +
            "insert into identity.person_tokens (user_id, login_provider, name, value) values (@id, '[AspNetUserStore]', 'AuthenticatorKey', 'LOSTDEVICEKEY')",
            username);

        var reset = await Operator.ResetPersonSecondFactorAsync(new ResetPersonSecondFactorRequest { Name = $"people/{username}" });

        Assert.False(reset.Person.SecondFactor);
        var listed = (await Operator.ListPeopleAsync(new ListPeopleRequest { PageSize = 1000 })).People.Single(p => p.Username == username);
        Assert.False(listed.SecondFactor);
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select value from identity.person_tokens where user_id = @id and name = 'AuthenticatorKey'", connection);
        command.Parameters.AddWithValue("id", username);
        var key = (string?)await command.ExecuteScalarAsync();
        Assert.False(string.IsNullOrEmpty(key));
        Assert.NotEqual("LOSTDEVICEKEY", key);
    }

    private async Task ExecuteAsync(string sql, string id)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private Task RefreshAsync() =>
        registry.Factory.Services.GetServices<IHostedService>().OfType<ClientStatusRefresher>().Single().RefreshAsync(CancellationToken.None);

    private async Task<string> SecurityStampAsync(string username)
    {
        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select security_stamp from identity.people where id = @id", connection);
        command.Parameters.AddWithValue("id", username);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
