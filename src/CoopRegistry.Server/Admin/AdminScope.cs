namespace CoopRegistry.Server.Admin;

/// <summary>
/// What an administrator may do (issue 16): the clients and people of its own province's agencies
/// only, granting only scopes it holds and never registry.audit or registry.admin; auditors and
/// administrators are appointed, and changed, by a national operator (configured at the token
/// service), whose reach is every province. Each refusal names the field it is about.
/// </summary>
public static class AdminScope
{
    /// <summary>Client ids the registry itself uses (the audit log's actors, the first-party clients).</summary>
    public static readonly IReadOnlySet<string> ReservedClientIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "system", "seed", "coop-console", "coop-cli",
    };

    /// <summary>Scopes only a national operator grants.</summary>
    public static readonly IReadOnlySet<string> AppointedScopes = new HashSet<string>(StringComparer.Ordinal) { Scopes.Audit, Scopes.Admin };

    /// <summary>Whether the caller manages what <paramref name="province"/>'s administrators manage.</summary>
    public static bool Reaches(Caller caller, string province) => caller.IsOperator || province == caller.ProvinceCode;

    /// <summary>PERMISSION_DENIED unless the caller reaches <paramref name="province"/>.</summary>
    public static void DemandReach(Caller caller, string province, string field, string subject)
    {
        if (!Reaches(caller, province))
            throw new PermissionDeniedException(
                $"{field}: {subject} is managed by provinces/{province}; {caller.Who} administers provinces/{caller.ProvinceCode} only");
    }

    /// <summary>PERMISSION_DENIED unless the caller may grant every one of <paramref name="scopes"/>.</summary>
    public static void DemandGrantable(Caller caller, IEnumerable<string> scopes, string field)
    {
        if (caller.IsOperator)
            return;
        var list = scopes.ToList();
        if (list.FirstOrDefault(AppointedScopes.Contains) is { } appointed)
            throw new PermissionDeniedException($"{field}: {appointed} is granted by a national operator only");
        if (list.FirstOrDefault(s => !caller.Has(s)) is { } notHeld)
            throw new PermissionDeniedException($"{field}: {caller.Who} does not hold {notHeld} and so cannot grant it");
    }

    /// <summary>PERMISSION_DENIED when a non-operator touches an auditor's or administrator's access.</summary>
    public static void DemandNotAppointed(Caller caller, IEnumerable<string> heldScopes, string field, string subject)
    {
        if (!caller.IsOperator && heldScopes.FirstOrDefault(AppointedScopes.Contains) is { } appointed)
            throw new PermissionDeniedException($"{field}: {subject} holds {appointed}; only a national operator changes it");
    }
}
