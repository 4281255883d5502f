namespace CoopRegistry.Data.Audit;

/// <summary>Who may see an audit entry in the change feed.</summary>
public enum AuditVisibility
{
    /// <summary>Reference data (provinces, agencies, holidays): every client.</summary>
    Public,
    /// <summary>A register record or a part of one: its home province and parties (see RecordAccess).</summary>
    Record,
    /// <summary>Auditors and administrators only (the token service's clients).</summary>
    Restricted,
}

/// <summary>
/// What an audited entity is: its resource name, the record it belongs to, who may see its
/// changes and which properties never enter the log (secrets).
/// </summary>
public sealed record AuditSubject(string RecordName, string? ParentName, AuditVisibility Visibility, Audience? Parties = null)
{
    public IReadOnlySet<string> Redacted { get; init; } = new HashSet<string>();
}

/// <summary>A record's home province and party provinces and agencies, as RecordAccess judges them.</summary>
public sealed record Audience(string HomeProvinceCode, IReadOnlyList<string> PartyProvinceCodes, IReadOnlyList<string> PartyAgencyIds);

/// <summary>Says which tracked entities are audited, and as what; null means not audited.</summary>
public interface IAuditSubjects
{
    AuditSubject? Describe(EntityEntry entry);
}
