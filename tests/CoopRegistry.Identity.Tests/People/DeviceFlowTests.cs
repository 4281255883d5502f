using CoopRegistry.Testing.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>`coop login`'s device authorization grant (RFC 8628): a code on the terminal, the person allows it on the verification page.</summary>
public class DeviceFlowTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task The_cli_gets_a_persons_tokens_once_they_allow_the_code()
    {
        var binh = IdentityFixture.DevPerson("tran.thi.binh");
        using var terminal = identity.NewBrowser();
        using var browser = identity.NewBrowser();
        var started = await PersonFlows.StartDeviceAsync(terminal, "registry.read registry.report offline_access");
        Assert.EndsWith("/connect/verify", started.GetProperty("verification_uri").GetString());
        var deviceCode = started.GetProperty("device_code").GetString()!;
        Assert.Equal("authorization_pending", (await PersonFlows.PollDeviceAsync(terminal, deviceCode)).GetProperty("error").GetString());

        await PersonFlows.ApproveDeviceAsync(browser, started.GetProperty("user_code").GetString()!, binh.Username, binh.Password);
        var tokens = await PersonFlows.PollDeviceAsync(terminal, deviceCode);

        var claims = Jwt.Payload(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal((binh.Username, PersonFlows.Cli), (claims.GetProperty("sub").GetString(), claims.GetProperty("client_id").GetString()));
        Assert.Equal(binh.Agency, claims.GetProperty("agency").GetString());
        var refreshed = await PersonFlows.RefreshAsync(terminal, PersonFlows.Cli, tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(binh.Username, Jwt.Payload(refreshed.GetProperty("access_token").GetString()!).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task A_revoked_refresh_token_gets_no_new_token()
    {
        var binh = IdentityFixture.DevPerson("tran.thi.binh");
        using var terminal = identity.NewBrowser();
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.DeviceAsync(terminal, browser, binh.Username, binh.Password, "registry.read offline_access");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        Assert.True(await PersonFlows.RevokeAsync(terminal, PersonFlows.Cli, refreshToken));
        var refused = await PersonFlows.RefreshAsync(terminal, PersonFlows.Cli, refreshToken);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
        Assert.False(refused.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Another_client_cannot_revoke_the_clis_refresh_token()
    {
        var binh = IdentityFixture.DevPerson("tran.thi.binh");
        using var terminal = identity.NewBrowser();
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.DeviceAsync(terminal, browser, binh.Username, binh.Password, "registry.read offline_access");
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        await PersonFlows.RevokeAsync(terminal, PersonFlows.Console, refreshToken);
        var refreshed = await PersonFlows.RefreshAsync(terminal, PersonFlows.Cli, refreshToken);
        Assert.True(refreshed.TryGetProperty("access_token", out _), refreshed.ToString());
    }

    [Fact]
    public async Task A_wrong_code_is_refused_on_the_page()
    {
        var binh = IdentityFixture.DevPerson("tran.thi.binh");
        using var browser = identity.NewBrowser();
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => PersonFlows.ApproveDeviceAsync(browser, "WRONG-CODE", binh.Username, binh.Password));
        Assert.Contains("Mã không đúng hoặc đã hết hạn.", exception.Message);
    }
}
