namespace CoopRegistry.Data.Security;

/// <summary>
/// Raw SQL for partner visibility in PostgreSQL, called from its migration: the same rule as
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

    /// <summary>The five record tables: partner visibility by their own parties (also the tables of <see cref="VisibleViewsSql"/>).</summary>
    internal static readonly string[] RecordTables = ["agreements", "plans", "events", "directives", "commitments"];

    private static readonly (string Table, string Parent, string Key)[] PartTables =
        [("progress_reports", "commitments", "commitment_id"), ("agreement_revisions", "agreements", "agreement_id")];

    public static string EnableSql => $$"""
        CREATE FUNCTION registry.row_visible(home text, party_provinces text[], party_agencies text[]) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT CASE current_setting('coopregistry.scope', true)
                WHEN '{{AllRows}}' THEN true
                WHEN '{{CallerRows}}' THEN home = current_setting('coopregistry.province', true)
                    OR current_setting('coopregistry.province', true) = ANY (party_provinces)
                    OR current_setting('coopregistry.agency', true) = ANY (party_agencies)
                ELSE false
            END
        $$;
        {{string.Concat(RecordTables.Select(table => $"""
            ALTER TABLE registry.{table} ENABLE ROW LEVEL SECURITY;
            CREATE POLICY partner_visibility ON registry.{table} TO {AppRoleSql.AppRole}
                USING (registry.row_visible(home_province_code, party_province_codes, party_agency_ids));

            """))}}
        {{string.Concat(PartTables.Select(part => $"""
            ALTER TABLE registry.{part.Table} ENABLE ROW LEVEL SECURITY;
            CREATE POLICY partner_visibility ON registry.{part.Table} TO {AppRoleSql.AppRole}
                USING (EXISTS (SELECT FROM registry.{part.Parent} p WHERE p.id = {part.Key}));

            """))}}
        """;

    public static string DisableSql => $$"""
        {{string.Concat(RecordTables.Concat(PartTables.Select(p => p.Table)).Select(table => $"""
            DROP POLICY IF EXISTS partner_visibility ON registry.{table};
            ALTER TABLE registry.{table} DISABLE ROW LEVEL SECURITY;

            """))}}
        DROP FUNCTION IF EXISTS registry.row_visible(text, text[], text[]);
        """;
}
