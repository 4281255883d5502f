using CoopRegistry.Identity.People;
using CoopRegistry.Testing.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>
/// Holders of manage, audit or admin sign in with an authenticator code, set up at their first
/// sign-in; readers and reporters do not, nor development people (AuthorizationCodeTests signs the
/// development manager in with the password alone).
/// </summary>
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

    [Theory]
    [InlineData(PersonRoles.Manager)]
    [InlineData(PersonRoles.Auditor)]
    [InlineData(PersonRoles.Administrator)]
    public async Task The_right_password_alone_does_not_sign_in_a_holder_of_manage_audit_or_admin(string role)
    {
        var person = await TestPeople.CreateAsync(identity, $"no-code.{role}", PersonRoles.Reader, role);
        using var browser = identity.NewBrowser();
        var url = new Uri(browser.Http.BaseAddress!, "/account/signin");
        using var answer = await browser.SignInAsync(url, await browser.Http.GetStringAsync(url), person.UserName!, TestPeople.Password);
        // The page asks to set up an authenticator, and the flow gets no code without one.
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"authenticator-key\"", await answer.Content.ReadAsStringAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            PersonFlows.AuthorizationCodeAsync(browser, person.UserName!, TestPeople.Password, PersonRoles.Scope(role)));
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
