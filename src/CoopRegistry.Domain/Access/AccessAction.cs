namespace CoopRegistry.Domain.Access;

/// <summary>What a method does, as far as access is concerned.</summary>
public enum AccessAction
{
    /// <summary>Reads reference data (provinces, agencies) that every authenticated caller may see.</summary>
    ReadReference,
    /// <summary>Reads records; which records is decided per record.</summary>
    Read,
    /// <summary>Reports progress on commitments.</summary>
    Report,
    /// <summary>Writes agreements, plans, events, directives and assignments.</summary>
    Manage,
    /// <summary>Reads the audit log and reports.</summary>
    Audit,
    /// <summary>Reads what the registry did for the home province on its own (the reminders it sent): managers and auditors.</summary>
    Oversee,
    /// <summary>Manages clients and keys.</summary>
    Admin,
}
