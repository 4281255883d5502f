using System.Text.Json;

namespace CoopRegistry.Benchmarks.Running;

/// <summary>The development clients of seeds/dev-clients.json (development credentials, as ./coop up uses them).</summary>
public sealed class DevClients(Dictionary<string, string> secrets)
{
    public static DevClients Read(string path)
    {
        using var file = File.OpenRead(path);
        using var json = JsonDocument.Parse(file);
        return new(json.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("client_id").GetString()!, c => c.GetProperty("client_secret").GetString()!));
    }

    public Credentials For(string clientId) =>
        secrets.TryGetValue(clientId, out var secret) ? new Credentials(clientId, secret) : throw new ArgumentException($"{clientId} is not a development client");
}
