namespace CoopRegistry.Data.Records;

/// <summary>A Create's request_id (AIP-155), remembered per client so a retry returns the first result.</summary>
public sealed class RequestRecord
{
    public string ClientId { get; set; } = "";
    public Guid RequestId { get; set; }
    /// <summary>The name of the record the request created.</summary>
    public string ResourceName { get; set; } = "";
    public DateTime CreateTime { get; set; }
}
