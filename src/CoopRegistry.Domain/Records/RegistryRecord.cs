using CoopRegistry.Domain.Access;

namespace CoopRegistry.Domain.Records;

/// <summary>
/// What every register record (agreement, plan, event, directive) shares: its id, the home
/// province that keeps it, who takes part (for access), soft-delete, timestamps, the row version
/// its etag comes from, and the text its search key is built from.
/// </summary>
public abstract class RegistryRecord : IHasParties
{
    public string Id { get; set; } = "";

    /// <summary>The home province that keeps and manages the record.</summary>
    public string HomeProvinceCode { get; set; } = "";

    /// <summary>Every province taking part, agencies' provinces included; set by the writer from <see cref="References"/>.</summary>
    public List<string> PartyProvinceCodes { get; set; } = [];

    /// <summary>Every agency taking part; set by the writer from <see cref="References"/>.</summary>
    public List<string> PartyAgencyIds { get; set; } = [];

    public List<SourceReference> Sources { get; set; } = [];

    public DateTime CreateTime { get; set; }
    public DateTime UpdateTime { get; set; }
    public string CreatedByClient { get; set; } = "";
    public string UpdatedByClient { get; set; } = "";

    /// <summary>Set while withdrawn (AIP-164 soft delete); records are never hard-deleted.</summary>
    public DateTime? DeleteTime { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>PostgreSQL's row version (xmin); the etag is sealed from it (Data's EtagSeal), never shown as is.</summary>
    public uint Version { get; set; }

    /// <summary>The record's searchable text, rebuilt on every write from <see cref="SearchableText"/>.</summary>
    public string SearchDocument { get; set; } = "";

    /// <summary>registry.search_key(search_document), computed by PostgreSQL.</summary>
    public string SearchKey { get; set; } = "";

    /// <summary>The AIP-122 collection, e.g. "agreements".</summary>
    public abstract string Collection { get; }

    public string ResourceName => ResourceNames.Format(Collection, Id);

    public bool IsWithdrawn => DeleteTime is not null;

    /// <summary>The provinces, agencies and records this one names, each with the request field that names it.</summary>
    public abstract IEnumerable<RecordReference> References();

    /// <summary>The text a bare filter phrase searches: titles, summaries, names, places.</summary>
    protected abstract IEnumerable<string?> SearchableText();

    public void RefreshSearchDocument() =>
        SearchDocument = string.Join('\n', SearchableText().Where(text => !string.IsNullOrWhiteSpace(text)).Distinct());

    /// <summary>AIP-164 delete: marks the record withdrawn with a reason; it stays readable.</summary>
    public void Withdraw(string? reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidArgumentException("reason", "is required: say why the record is withdrawn");
        if (IsWithdrawn)
            throw new FailedPreconditionException("ALREADY_WITHDRAWN", ResourceName, $"{ResourceName} is already withdrawn");
        DeleteTime = now;
        WithdrawalReason = reason.Trim();
    }

    /// <summary>AIP-164 undelete.</summary>
    public void Restore()
    {
        if (!IsWithdrawn)
            throw new FailedPreconditionException("NOT_WITHDRAWN", ResourceName, $"{ResourceName} is not withdrawn");
        DeleteTime = null;
        WithdrawalReason = null;
    }

    /// <summary>Refuses changes other than undelete while withdrawn.</summary>
    public void DemandNotWithdrawn()
    {
        if (IsWithdrawn)
            throw new FailedPreconditionException("WITHDRAWN", ResourceName, $"{ResourceName} is withdrawn; undelete it first");
    }
}
