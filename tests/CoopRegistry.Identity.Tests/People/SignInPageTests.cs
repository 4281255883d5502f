using CoopRegistry.Identity.People;
using CoopRegistry.Testing.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>The sign-in page: Vietnamese first, English on request; repeated wrong passwords lock the account.</summary>
public class SignInPageTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task The_page_is_in_Vietnamese_and_in_English_on_request()
    {
        using var browser = identity.NewBrowser();
        var vietnamese = await browser.Http.GetStringAsync("/account/signin");
        Assert.Contains("lang=\"vi\"", vietnamese);
        Assert.Contains("Tên đăng nhập", vietnamese);
        var english = await browser.Http.GetStringAsync("/account/signin?culture=en");
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("User name", english);
        // The choice is remembered for the next page.
        Assert.Contains("User name", await browser.Http.GetStringAsync("/account/signin"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var person = await TestPeople.CreateAsync(identity, "lockout.reader", PersonRoles.Reader);
        using var browser = identity.NewBrowser();
        var url = new Uri(browser.Http.BaseAddress!, "/account/signin");
        for (var i = 1; i <= PeopleRules.MaxFailedAttempts; i++)
        {
            using var wrong = await browser.SignInAsync(url, await browser.Http.GetStringAsync(url), person.UserName!, "Wrong-password-2026!");
            var error = Browser.ErrorOf(await wrong.Content.ReadAsStringAsync());
            if (i < PeopleRules.MaxFailedAttempts)
                Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", error);
            else
                Assert.StartsWith("Tài khoản tạm khóa", error);
        }
        using var right = await browser.SignInAsync(url, await browser.Http.GetStringAsync(url), person.UserName!, TestPeople.Password);
        Assert.StartsWith("Tài khoản tạm khóa", Browser.ErrorOf(await right.Content.ReadAsStringAsync()));
    }
}
