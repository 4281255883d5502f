namespace CoopRegistry.Identity.People;

/// <summary>One record of seeds/dev-people.json: a person for local development and tests only.</summary>
public sealed record DevPerson(
    string Username,
    string Password,
    string DisplayName,
    string Agency,
    string Province,
    IReadOnlyList<string> Roles);
