using System.Text.Json;

namespace CoopRegistry.EndToEnd.Tests.People;

/// <summary>The development people of seeds/dev-people.json, with their published development passwords.</summary>
public static class DevPeople
{
    public sealed record DevPerson(string Username, string Password, string DisplayName, string Agency, string Province, string[] Roles);

    public static IReadOnlyList<DevPerson> All { get; } = JsonSerializer.Deserialize<List<DevPerson>>(
        File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Seeds, "dev-people.json")),
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!;

    public static DevPerson Named(string username) => All.Single(p => p.Username == username);
}
