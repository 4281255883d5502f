using System.Text.Json.Nodes;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>Throwaway copies of seeds/dev-clients.json that a test may edit.</summary>
public static class DevClientFiles
{
    public static string CopyWith(Action<JsonArray> change)
    {
        var clients = JsonNode.Parse(File.ReadAllText(IdentityFactory.DevClientsPath))!.AsArray();
        change(clients);
        return Write(clients.ToJsonString());
    }

    public static string Write(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("coop-dev-clients-").FullName, "dev-clients.json");
        File.WriteAllText(path, json);
        return path;
    }

    public static JsonObject Client(JsonArray clients, string clientId) =>
        clients.Select(c => c!.AsObject()).Single(c => (string?)c["client_id"] == clientId);
}
