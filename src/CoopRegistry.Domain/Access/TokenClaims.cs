namespace CoopRegistry.Domain.Access;

/// <summary>
/// The claims of a registry access token: the token service writes them, the registry and the
/// console read them (DESIGN.md, Access). The one place their names are spelt.
/// </summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    public const string ClientId = "client_id";
    public const string Name = "name";
    public const string UserName = "preferred_username";
    public const string Agency = "agency";
    public const string Province = "province";
    public const string Role = "role";
    public const string Scope = "scope";

    /// <summary>The stamps a revocation changes (claims client_stamp and person_stamp).</summary>
    public const string ClientStamp = "client_stamp";
    public const string PersonStamp = "person_stamp";

    /// <summary>The value of claim "role" that marks a national operator's token.</summary>
    public const string OperatorRole = "operator";
}
