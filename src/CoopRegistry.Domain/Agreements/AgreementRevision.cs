namespace CoopRegistry.Domain.Agreements;

/// <summary>A change to an agreement after signing: what, who (agency and client), when and why. Append-only.</summary>
public sealed class AgreementRevision
{
    public required string AgreementId { get; set; }
    /// <summary>1, 2, … per agreement, in the order recorded.</summary>
    public int Number { get; set; }
    public RevisionKind Kind { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public required string Reason { get; set; }
    public string? Description { get; set; }
    public required string RecordedByAgency { get; set; }
    public required string RecordedByClient { get; set; }
    /// <summary>The person who recorded it (their user name); null when a system did.</summary>
    public string? RecordedByPerson { get; set; }
    public DateTime CreateTime { get; set; }

    public string ResourceName => $"{Agreement.CollectionName}/{AgreementId}/revisions/{Number}";
}

/// <summary>Who records a change and when: the caller's agency, client and person (if any), the current instant and the home province's date.</summary>
public sealed record RevisionAuthor(string AgencyId, string ClientId, DateTime Now, DateOnly Today, string? PersonId = null);
