using CoopRegistry.Identity.People;
using CoopRegistry.Identity.Tests.Fixtures;
using CoopRegistry.Testing.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>Holders of manage, audit or admin sign in with an authenticator code, set up at their first sign-in; readers and reporters do not.</summary>
public class SecondFactorTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_manager_sets_up_an_authenticator_at_the_first_sign_in_and_gives_its_code_after()
    {
        var person = await TestPeople.CreateAsync(identity, "totp.manager", PersonRoles.Reader, PersonRoles.Manager);
        string? key = null;
        using (var first = identity.NewBrowser())
        {
            var tokens = await PersonFlows.AuthorizationCodeAsync(first, person.UserName!, TestPeople.Password, "registry.manage",
                shown => Totp.Code(key = shown ?? throw new InvalidOperationException("no authenticator key shown"), DateTimeOffset.UtcNow));
            Assert.Equal("registry.manage", Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("scope").GetString());
        }
        Assert.True(await identity.WithPeopleAsync(async people => (await people.FindByIdAsync(person.Id))!.TwoFactorEnabled));

        using var second = identity.NewBrowser();
        var wrong = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PersonFlows.AuthorizationCodeAsync(second, person.UserName!, TestPeople.Password, "registry.manage", shown => shown is null ? "000000" : "x"));
        Assert.Contains("Mã xác thực không đúng.", wrong.Message);
        var again = await PersonFlows.AuthorizationCodeAsync(second, person.UserName!, TestPeople.Password, "registry.manage",
            shown => shown is null ? Totp.Code(key!, DateTimeOffset.UtcNow) : throw new InvalidOperationException("the key is shown only once"));
        Assert.True(again.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Without_the_code_a_manager_is_not_signed_in()
    {
        var person = await TestPeople.CreateAsync(identity, "no-code.manager", PersonRoles.Manager);
        using var browser = identity.NewBrowser();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PersonFlows.AuthorizationCodeAsync(browser, person.UserName!, TestPeople.Password, "registry.manage"));
    }

    [Fact]
    public async Task A_reporter_signs_in_with_the_password_alone()
    {
        var person = await TestPeople.CreateAsync(identity, "plain.reporter", PersonRoles.Reader, PersonRoles.Reporter);
        using var browser = identity.NewBrowser();
        var tokens = await PersonFlows.AuthorizationCodeAsync(browser, person.UserName!, TestPeople.Password, "registry.report");
        Assert.True(tokens.TryGetProperty("access_token", out _), tokens.ToString());
    }
}
