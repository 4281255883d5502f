using CoopRegistry.Domain.Access;
using CoopRegistry.Identity.People;
using CoopRegistry.Testing.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>A person signs in through the console's authorization code with PKCE; the token names them and holds only what their roles allow.</summary>
public class AuthorizationCodeTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_person_signs_in_with_code_and_pkce_and_the_token_names_them()
    {
        var an = IdentityFixture.DevPerson("nguyen.van.an");
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.AuthorizationCodeAsync(browser, an.Username, an.Password, "registry.read registry.manage offline_access");

        var claims = Jwt.Payload(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal(an.Username, claims.GetProperty("sub").GetString());
        Assert.Equal(PersonFlows.Console, claims.GetProperty("client_id").GetString());
        Assert.Equal(an.DisplayName, claims.GetProperty("name").GetString());
        Assert.Equal((an.Agency, an.Province), (claims.GetProperty("agency").GetString(), claims.GetProperty("province").GetString()));
        Assert.Equal(["registry.manage", "registry.read"], claims.GetProperty("scope").GetString()!.Split(' ').Where(s => s.StartsWith("registry.", StringComparison.Ordinal)).Order());
        Assert.False(string.IsNullOrEmpty(claims.GetProperty(TokenClaims.PersonStamp).GetString()));
        Assert.False(claims.TryGetProperty("role", out _), "only a configured operator carries the operator role");
        Assert.True(tokens.TryGetProperty("refresh_token", out _), "offline_access gives a refresh token");
    }

    [Fact]
    public async Task A_scope_the_person_does_not_hold_is_not_granted()
    {
        var dara = IdentityFixture.DevPerson("sok.dara");
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.AuthorizationCodeAsync(browser, dara.Username, dara.Password, "registry.read registry.manage");
        Assert.Equal("registry.read", Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("scope").GetString());
    }

    [Fact]
    public async Task The_configured_operator_carries_the_operator_role()
    {
        var giang = IdentityFixture.DevPerson("vo.thi.giang");
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.AuthorizationCodeAsync(browser, giang.Username, giang.Password, "registry.read registry.admin");
        Assert.Equal(TokenClaims.OperatorRole, Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("role").GetString());
    }

    [Fact]
    public async Task Without_pkce_no_code_is_issued()
    {
        using var browser = identity.NewBrowser();
        var (response, at) = await browser.FollowAsync(
            $"/connect/authorize?client_id={PersonFlows.Console}&redirect_uri={Uri.EscapeDataString(PersonFlows.ConsoleRedirectUri)}&response_type=code&scope=registry.read",
            PersonFlows.ConsoleRedirectUri);
        var answer = at.ToString() + await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", answer);
        Assert.DoesNotContain("code=", at.Query);
    }

    [Fact]
    public async Task A_reset_password_or_a_disabled_person_ends_the_refresh_token()
    {
        var person = await TestPeople.CreateAsync(identity, "refresh.tester", PersonRoles.Reader);
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.AuthorizationCodeAsync(browser, person.UserName!, TestPeople.Password, "registry.read offline_access");
        var refreshed = await PersonFlows.RefreshAsync(browser, PersonFlows.Console, tokens.GetProperty("refresh_token").GetString()!);
        Assert.True(refreshed.TryGetProperty("access_token", out _), refreshed.ToString());

        await identity.WithPeopleAsync(async people =>
        {
            var stored = (await people.FindByIdAsync(person.Id))!;
            TestPeople.Check(await people.ResetPasswordAsync(stored, await people.GeneratePasswordResetTokenAsync(stored), "Another-password-2026!"));
            return stored;
        });
        var refused = await PersonFlows.RefreshAsync(browser, PersonFlows.Console, refreshed.GetProperty("refresh_token").GetString()!);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
    }
}
