namespace CoopRegistry.Domain.Access;

/// <summary>
/// The one place that decides what a caller may do. Method-level: which scopes allow which action.
/// Record-level rules (a partner sees only records its province is party to) extend this class as
/// records are added, so no service decides access on its own.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Throws PERMISSION_DENIED unless the caller's scopes allow <paramref name="action"/>.</summary>
    public static void Demand(Caller caller, AccessAction action)
    {
        if (!Allows(caller, action))
            throw new PermissionDeniedException($"client {caller.ClientId} lacks the scope for {Describe(action)}");
    }

    public static bool Allows(Caller caller, AccessAction action) => action switch
    {
        // Any scope at all makes a caller a registry user, and every user may read the directory.
        AccessAction.ReadReference => caller.Scopes.Count > 0,
        // Auditors read everything; everyone else needs read.
        AccessAction.Read => caller.Has(Scopes.Read) || caller.Has(Scopes.Audit),
        // Reporting progress is also part of managing: the focal point reports with its manage scope.
        AccessAction.Report => caller.Has(Scopes.Report) || caller.Has(Scopes.Manage),
        AccessAction.Manage => caller.Has(Scopes.Manage),
        AccessAction.Audit => caller.Has(Scopes.Audit),
        AccessAction.Oversee => caller.Has(Scopes.Manage) || caller.Has(Scopes.Audit),
        AccessAction.Admin => caller.Has(Scopes.Admin),
        _ => false,
    };

    private static string Describe(AccessAction action) => action switch
    {
        AccessAction.ReadReference or AccessAction.Read => "reading (registry.read)",
        AccessAction.Report => "reporting progress (registry.report or registry.manage)",
        AccessAction.Manage => "changing records (registry.manage)",
        AccessAction.Audit => "auditing (registry.audit)",
        AccessAction.Oversee => "overseeing reminders (registry.manage or registry.audit)",
        _ => "administration (registry.admin)",
    };
}
