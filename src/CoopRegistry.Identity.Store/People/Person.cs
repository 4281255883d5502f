using Microsoft.AspNetCore.Identity;

namespace CoopRegistry.Identity.People;

/// <summary>
/// A person who signs in (an official of an agency, an auditor, an administrator). Their id is
/// their user name (<see cref="PersonNames"/>), so tokens and audit entries name them readably and
/// it never changes. A person belongs to exactly one agency and so one province.
/// </summary>
public sealed class Person : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>`agencies/{id}`, as the token's agency claim carries it.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The agency's province code, e.g. VN-30.</summary>
    public string Province { get; set; } = "";

    /// <summary>A disabled person cannot sign in, and the registry refuses their tokens.</summary>
    public bool Disabled { get; set; }

    /// <summary>Loaded from seeds/dev-people.json: a published password, no second factor, Development only.</summary>
    public bool DevelopmentAccount { get; set; }
}
