using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.People;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>seeds/dev-people.json: checked record by record, synced idempotently as development accounts with their roles.</summary>
public class DevPeopleTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Every_development_person_is_stored_with_their_roles_and_marked_as_such()
    {
        foreach (var dev in IdentityFixture.DevPeople)
        {
            var (person, roles) = await identity.WithPeopleAsync(async people =>
            {
                var found = (await people.FindByIdAsync(dev.Username))!;
                return (found, await people.GetRolesAsync(found));
            });
            Assert.Equal((dev.Username, dev.Agency, dev.Province, true), (person.UserName, person.Agency, person.Province, person.DevelopmentAccount));
            Assert.Equal(dev.Roles.Order(), roles.Order());
            Assert.DoesNotContain(dev.Password, person.PasswordHash);
        }
    }

    [Fact]
    public async Task Syncing_again_changes_nothing()
    {
        var report = await identity.WithPeopleAsync(people =>
            new DevPeopleSync(people, Microsoft.Extensions.Logging.Abstractions.NullLogger<DevPeopleSync>.Instance)
                .SyncAsync(IdentityFixture.DevPeople, CancellationToken.None));
        Assert.Equal((0, 0, IdentityFixture.DevPeople.Count), (report.Created, report.Updated, report.Unchanged));
    }

    [Fact]
    public void The_file_names_the_six_people_of_the_issue_and_the_operator()
    {
        var byRole = IdentityFixture.DevPeople.ToLookup(p => p.Province);
        Assert.Contains(byRole["VN-30"], p => p.Agency == "agencies/vn30-so-ngoai-vu" && p.Roles.Contains(PersonRoles.Manager));
        Assert.Contains(byRole["VN-30"], p => p.Roles.Contains(PersonRoles.Reporter) && !p.Roles.Contains(PersonRoles.Manager));
        Assert.Contains(byRole["VN-09"], p => p.Roles.Contains(PersonRoles.Manager));
        Assert.Contains(IdentityFixture.DevPeople, p => p.Roles.Contains(PersonRoles.Auditor));
        Assert.Contains(byRole["VN-30"], p => p.Roles.Contains(PersonRoles.Administrator));
        Assert.Contains(byRole["KH-16"], p => p.Roles.SequenceEqual([PersonRoles.Reader]));
        Assert.All(IdentityFixture.DevPeople, p => Assert.StartsWith(DevSeedJson.SecretPrefix, p.Password));
    }

    [Theory]
    [InlineData("username", "\"nguyenvanan\"", "username:")]
    [InlineData("password", "\"Real-password-2026!-long\"", "password: must start with 'dev-only-'")]
    [InlineData("roles", "[\"reader\", \"king\"]", "roles: 'king' is not one of")]
    public void A_bad_record_is_refused_naming_the_field(string field, string json, string expected)
    {
        var people = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(IdentityFactory.DevPeoplePath))!.AsArray();
        people[0]![field] = System.Text.Json.Nodes.JsonNode.Parse(json);
        var path = Path.Combine(Directory.CreateTempSubdirectory("coop-dev-people-").FullName, "dev-people.json");
        File.WriteAllText(path, people.ToJsonString());
        var error = Assert.Throws<DevSeedException>(() => DevPeopleFile.Read(path));
        Assert.Contains("record #1", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
