namespace CoopRegistry.Data.Security;

/// <summary>
/// Whose rows the current work may touch, as PostgreSQL's row-level security sees it: every
/// connection the registry opens tells the server (<see cref="RowScopeInterceptor"/>), and the
/// policies of <see cref="RowSecuritySql"/> hide the rows a partner may not see, so a query that
/// forgets <see cref="RecordAccess"/> still leaks nothing. Set per gRPC call; work with no caller
/// (migrations, seeding, background services, the audit writer outside a call) is <see cref="System"/>.
/// </summary>
public sealed record RowScope(bool All, string? ProvinceCode, string? AgencyId)
{
    private static readonly AmbientValue<RowScope> Ambient = new();

    /// <summary>Every row: the process's own work, and auditors (who read everything).</summary>
    public static readonly RowScope System = new(true, null, null);

    public static RowScope Current => Ambient.Value ?? System;

    /// <summary>The rows <paramref name="caller"/> may see, as <see cref="RecordAccess.VisibleTo{T}"/> says.</summary>
    public static RowScope For(Caller caller) =>
        caller.Has(Scopes.Audit) ? System : new RowScope(false, caller.ProvinceCode, caller.AgencyId);

    /// <summary>Makes <paramref name="scope"/> current until the returned scope is disposed.</summary>
    public static IDisposable Use(RowScope scope) => Ambient.Use(scope);
}
