namespace CoopRegistry.Data.Audit;

/// <summary>What a write did to an entity.</summary>
public enum AuditChange
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// One link of the audit chain: one entity changed by one write, who did it, the entity before and
/// after, and the hash of the previous entry. Written only by <see cref="AuditWriter"/> at commit,
/// never updated or deleted (a trigger refuses both).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, … with no gaps, in commit order.</summary>
    public long Sequence { get; set; }
    public DateTime Time { get; set; }
    public required string ClientId { get; set; }
    /// <summary>The person who made the write through the client (their user name); null when a system did.</summary>
    public string? PersonId { get; set; }
    public string? AgencyId { get; set; }
    /// <summary>The gRPC method (<c>/coopregistry.v1.AgreementService/UpdateAgreement</c>), "seed" or "system".</summary>
    public required string Method { get; set; }
    public required string RecordName { get; set; }
    /// <summary>The record a part belongs to (a progress report's commitment), else null.</summary>
    public string? ParentName { get; set; }
    public AuditChange Change { get; set; }
    /// <summary>The stored values before and after, as written by <see cref="RecordImage"/> (JSON text, hashed as is).</summary>
    public string? Before { get; set; }
    public string? After { get; set; }
    public Guid? RequestId { get; set; }
    public AuditVisibility Visibility { get; set; }
    public string? HomeProvinceCode { get; set; }
    public List<string> PartyProvinceCodes { get; set; } = [];
    public List<string> PartyAgencyIds { get; set; } = [];
    public byte[] PreviousHash { get; set; } = AuditChain.Genesis;
    public byte[] Hash { get; set; } = [];
}
