using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenIddict.EntityFrameworkCore.Models;

namespace CoopRegistry.Server.Access;

/// <summary>
/// The token service's clients and people as audited entities (AdminService's changes): named
/// <c>clients/{client_id}</c>, <c>people/{username}</c> and <c>people/{username}/roles/{role}</c>,
/// seen by auditors only; secrets, password hashes and stamps are never logged.
/// </summary>
public sealed class ClientAuditSubjects : IAuditSubjects
{
    public static readonly ClientAuditSubjects Instance = new();

    private static readonly HashSet<string> Secrets = [nameof(OpenIddictEntityFrameworkCoreApplication.ClientSecret)];

    private static readonly HashSet<string> PersonSecrets = [nameof(Person.PasswordHash), nameof(Person.SecurityStamp), nameof(Person.ConcurrencyStamp)];

    public AuditSubject? Describe(EntityEntry entry) => entry.Entity switch
    {
        OpenIddictEntityFrameworkCoreApplication application =>
            new AuditSubject($"clients/{application.ClientId}", null, AuditVisibility.Restricted) { Redacted = Secrets },
        Person person => new AuditSubject($"{PersonNames.Collection}/{person.Id}", null, AuditVisibility.Restricted) { Redacted = PersonSecrets },
        IdentityUserRole<string> role => new AuditSubject(
            $"{PersonNames.Collection}/{role.UserId}/roles/{role.RoleId}", $"{PersonNames.Collection}/{role.UserId}", AuditVisibility.Restricted),
        _ => null,
    };
}
