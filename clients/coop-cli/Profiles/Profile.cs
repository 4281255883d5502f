namespace CoopRegistry.Cli.Profiles;

/// <summary>
/// A saved login: where the registry is and how to get tokens there. A system keeps its client
/// credentials (ClientSecret); a person who signed in with `coop login` keeps a refresh token and
/// their user name (Person), never a password or a secret.
/// </summary>
public sealed record Profile(string Address, string TokenEndpoint, string ClientId, string? ClientSecret, string? RefreshToken = null, string? Person = null);
