namespace CoopRegistry.Data.Audit;

/// <summary>The registry's audited entities: every record and its parts, and the directory.</summary>
public sealed class RegistryAuditSubjects : IAuditSubjects
{
    public static readonly RegistryAuditSubjects Instance = new();

    /// <summary>
    /// Derived from other rows or the log itself: recording them again would add nothing. Reminders
    /// are the registry's own record of the mail it sent, not a change anyone made.
    /// </summary>
    private static readonly HashSet<Type> NotAudited = [typeof(CommitmentHistory), typeof(RequestRecord), typeof(DocumentChunk), typeof(Domain.Reminders.Reminder)];

    /// <summary>Derived columns left out of images (the search text follows from the rest).</summary>
    private static readonly HashSet<string> Derived = [nameof(RegistryRecord.SearchDocument), nameof(RegistryRecord.SearchKey)];

    public AuditSubject? Describe(EntityEntry entry) => entry.Entity switch
    {
        _ when NotAudited.Contains(entry.Entity.GetType()) => null,
        RegistryRecord record => new(record.ResourceName, null, AuditVisibility.Record,
            new Audience(record.HomeProvinceCode, [.. record.PartyProvinceCodes], [.. record.PartyAgencyIds]))
        { Redacted = Derived },
        ProgressReport report => Part(entry, report.ResourceName, ResourceNames.Format(Commitment.CollectionName, report.CommitmentId)),
        RecordDocument document => Part(entry, document.ResourceName, ResourceNames.Format(document.ParentCollection, document.ParentId)),
        AgreementRevision revision => Part(entry, revision.ResourceName, ResourceNames.Format(Agreement.CollectionName, revision.AgreementId)),
        Province province => new(province.ResourceName, null, AuditVisibility.Public),
        Agency agency => new(agency.ResourceName, null, AuditVisibility.Public),
        PublicHoliday holiday => new($"publicHolidays/{holiday.CountryCode}-{holiday.Date:yyyy-MM-dd}", null, AuditVisibility.Public),
        // An entity added to the model later is audited, seen only by auditors, until given a place here.
        _ => new($"{entry.Metadata.GetTableName()}/{string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue))}",
            null, AuditVisibility.Restricted),
    };

    /// <summary>A part of a record is seen by whoever sees the record; its parties come from the tracked record, else from the database at commit.</summary>
    private static AuditSubject Part(EntityEntry entry, string name, string parentName)
    {
        var parent = entry.Context.ChangeTracker.Entries<RegistryRecord>().Select(e => e.Entity).FirstOrDefault(r => r.ResourceName == parentName);
        var audience = parent is null ? null : new Audience(parent.HomeProvinceCode, [.. parent.PartyProvinceCodes], [.. parent.PartyAgencyIds]);
        return new(name, parentName, AuditVisibility.Record, audience);
    }
}
