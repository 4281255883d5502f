using System.Text.RegularExpressions;

namespace CoopRegistry.Identity.People;

/// <summary>
/// A person's user name, which is also their id and the `sub` of their tokens: lower-case, with at
/// least one dot (nguyen.van.an). Client ids never hold a dot, so a token's `sub` names a person
/// exactly when it differs from its `client_id`, and the two can never be mistaken for each other.
/// </summary>
public static partial class PersonNames
{
    public const string Collection = "people";

    public const string Rule = "3 to 64 lower-case letters, digits, '-' and at least one '.', starting with a letter (e.g. nguyen.van.an)";

    public static bool IsValid(string userName) => userName.Length is >= 3 and <= 64 && Pattern().IsMatch(userName);

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$")]
    private static partial Regex Pattern();
}
