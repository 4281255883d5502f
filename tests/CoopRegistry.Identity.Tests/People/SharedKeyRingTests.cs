using System.Net;
using System.Web;
using CoopRegistry.Identity.Data;
using CoopRegistry.Identity.People;
using CoopRegistry.Testing.People;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>
/// Several instances behind one address, or one restarted: the sign-in page, its form, the sign-in
/// cookie and the code may each reach a different instance, as the data-protection key ring lives in
/// the identity schema, not on one machine.
/// </summary>
public class SharedKeyRingTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_sign_in_started_on_one_instance_is_honoured_by_another()
    {
        var person = await TestPeople.CreateAsync(identity, "two.instances", PersonRoles.Reader);
        // Another instance (the keys of its tokens come from the same files, as in production).
        await using var other = new IdentityFactory(identity.ConnectionString, dataFolder: identity.Factory.DataFolder);
        var jar = new CookieContainer(); // one browser, whichever instance answers
        using var first = new Browser(identity.Factory.CreateDefaultClient(new CookieContainerHandler(jar)));
        using var second = new Browser(other.CreateDefaultClient(new CookieContainerHandler(jar)));

        // The form (and its antiforgery token) from the first, the password posted to the second.
        var signInUrl = new Uri(first.Http.BaseAddress!, PeopleServices.SignInPath);
        var page = await first.Http.GetStringAsync(signInUrl);
        using var signedIn = await second.SignInAsync(signInUrl, page, person.UserName!, TestPeople.Password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, Browser.ErrorOf(await signedIn.Content.ReadAsStringAsync()) ?? signedIn.StatusCode.ToString());

        // The second's sign-in cookie is good at the first: a code at once, no sign-in page.
        var pkce = Pkce.New();
        using var authorized = await first.Http.GetAsync("/connect/authorize?client_id=coop-console&response_type=code&scope=registry.read"
            + $"&redirect_uri={Uri.EscapeDataString(PersonFlows.ConsoleRedirectUri)}&code_challenge={pkce.Challenge}&code_challenge_method=S256");
        var location = authorized.Headers.Location?.ToString() ?? "";
        Assert.StartsWith(PersonFlows.ConsoleRedirectUri + "?", location);
        var code = HttpUtility.ParseQueryString(new Uri(location).Query)["code"] ?? throw new Xunit.Sdk.XunitException($"no code in {location}");
        var tokens = await second.PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = PersonFlows.Console,
            ["redirect_uri"] = PersonFlows.ConsoleRedirectUri,
            ["code"] = code,
            ["code_verifier"] = pkce.Verifier,
        });
        Assert.Equal(person.UserName, Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("sub").GetString());

        // The ring is in the database, where every instance finds it.
        await using var scope = identity.Factory.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().DataProtectionKeys.ToListAsync());
    }
}
