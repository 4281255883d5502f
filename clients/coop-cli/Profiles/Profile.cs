namespace CoopRegistry.Cli.Profiles;

/// <summary>A saved login: where the registry is and the client credentials to use there.</summary>
public sealed record Profile(string Address, string TokenEndpoint, string ClientId, string ClientSecret);
