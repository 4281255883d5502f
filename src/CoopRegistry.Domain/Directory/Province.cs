namespace CoopRegistry.Domain.Directory;

/// <summary>A home province that keeps records, or a partner province.</summary>
public sealed class Province
{
    public const string Collection = "provinces";

    public required string Code { get; set; }
    public required string CountryCode { get; set; }
    public bool IsHome { get; set; }
    public required DisplayNames Names { get; set; }
    public required string TimeZone { get; set; }
    public List<SourceReference> Sources { get; set; } = [];

    public string ResourceName => ResourceNames.Format(Collection, Code);
}
