namespace CoopRegistry.Data.Security;

/// <summary>
/// Partner visibility in PostgreSQL (made by the RowSecurity migration): the same rule as
/// Domain.Access.RecordAccess (home province, party provinces, party agencies), enforced on the
/// app role by row-level security on the five record tables and, through their parent, on progress
/// reports and agreement revisions. The owner and the superuser are not bound (migrations, backups).
/// A connection that has not said whose it is (no settings) sees nothing.
/// </summary>
public static class RowSecuritySql
{
    /// <summary>Value of coopregistry.scope for every row (system work, auditors).</summary>
    public const string AllRows = "all";

    /// <summary>Value of coopregistry.scope for one caller's rows (coopregistry.province, coopregistry.agency).</summary>
    public const string CallerRows = "caller";
}
