using System.Text.RegularExpressions;
using CoopRegistry.Data.Security;
using CoopRegistry.Testing;

namespace CoopRegistry.Data.Tests;

/// <summary>The shell scripts create the app role the code connects as: one name, said once in each language.</summary>
public partial class DatabaseRoleNameTests
{
    [Fact]
    public void The_scripts_define_the_app_role_once_with_the_name_the_code_uses()
    {
        var scripts = new[] { Path.Combine(RepositoryPaths.Root, "coop") }
            .Concat(Directory.Exists(Path.Combine(RepositoryPaths.Root, "scripts"))
                ? Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "scripts"), "*.sh", SearchOption.AllDirectories)
                : []);
        var definitions = scripts.Where(File.Exists)
            .SelectMany(script => AppRoleDefinition().Matches(File.ReadAllText(script)))
            .Select(match => match.Groups[1].Value)
            .ToList();
        Assert.Equal([DatabaseRoles.App], definitions);
    }

    [GeneratedRegex(@"^\s*DB_APP_ROLE=['""]?([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex AppRoleDefinition();
}
