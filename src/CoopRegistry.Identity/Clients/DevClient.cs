namespace CoopRegistry.Identity.Clients;

/// <summary>One record of seeds/dev-clients.json: a client for local development and tests only.</summary>
public sealed record DevClient(
    string ClientId,
    string ClientSecret,
    string Agency,
    string Province,
    IReadOnlyList<string> Scopes,
    string DisplayName);
