using CoopRegistry.Identity.People;
using Microsoft.AspNetCore.Identity;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>People made by a test for itself (not development people: the real rules apply to them, second factor included).</summary>
public static class TestPeople
{
    public const string Password = "Test-password-2026!";

    public static Task<Person> CreateAsync(IdentityFixture identity, string userName, params string[] roles) =>
        identity.WithPeopleAsync(async people =>
        {
            var person = new Person
            {
                Id = userName,
                UserName = userName,
                DisplayName = $"Test {userName}",
                Agency = "agencies/vn30-so-ngoai-vu",
                Province = "VN-30",
            };
            Check(await people.CreateAsync(person, Password));
            Check(await people.AddToRolesAsync(person, roles));
            return person;
        });

    public static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
