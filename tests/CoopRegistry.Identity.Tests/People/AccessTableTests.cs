using CoopRegistry.Identity.People;
using CoopRegistry.Testing;

namespace CoopRegistry.Identity.Tests.People;

/// <summary>The README's short access table says what the code does: its rows, the roles, the lockout and password numbers.</summary>
public class AccessTableTests
{
    private static readonly Dictionary<string, string> Rows = ReadTable();

    [Fact]
    public void The_table_has_a_row_for_people_roles_second_factor_operator_and_revocation() =>
        Assert.Equal(["operator role", "people", "revocation", "roles", "second factor"], Rows.Keys.Order());

    [Fact]
    public void Its_numbers_and_names_are_the_codes()
    {
        Assert.Contains($"{PeopleRules.MinimumPasswordLength}+ characters", Rows["people"]);
        Assert.Contains($"{PeopleRules.LockoutTime.TotalMinutes:0} minutes after {PeopleRules.MaxFailedAttempts} failed attempts", Rows["people"]);
        Assert.All(PersonRoles.All, role => Assert.Contains($"`{role}`", Rows["roles"]));
        Assert.Contains("manage, audit or admin", Rows["second factor"]);
        Assert.Contains("`Identity:Operators`", Rows["operator role"]);
        Assert.Contains("`Registry:ClientStatusRefresh`", Rows["revocation"]);
    }

    // The rows of the table whose header is "| access | how it works |".
    private static Dictionary<string, string> ReadTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        var header = Array.IndexOf(lines, "| access | how it works |");
        Assert.True(header >= 0, "README.md has no access table");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => cells[2]);
    }
}
