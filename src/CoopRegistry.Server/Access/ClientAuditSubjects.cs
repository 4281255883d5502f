using CoopRegistry.Data.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenIddict.EntityFrameworkCore.Models;

namespace CoopRegistry.Server.Access;

/// <summary>
/// The token service's clients as audited entities (AdminService's changes): named
/// <c>clients/{client_id}</c>, seen by auditors only, the secret's hash never logged.
/// </summary>
public sealed class ClientAuditSubjects : IAuditSubjects
{
    public static readonly ClientAuditSubjects Instance = new();

    private static readonly HashSet<string> Secrets = [nameof(OpenIddictEntityFrameworkCoreApplication.ClientSecret)];

    public AuditSubject? Describe(EntityEntry entry) => entry.Entity is OpenIddictEntityFrameworkCoreApplication application
        ? new AuditSubject($"clients/{application.ClientId}", null, AuditVisibility.Restricted) { Redacted = Secrets }
        : null;
}
