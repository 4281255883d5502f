namespace CoopRegistry.Domain.Directory;

/// <summary>A department, board, commune, partner department, enterprise or national body.</summary>
public sealed class Agency
{
    public const string Collection = "agencies";

    public required string Id { get; set; }
    /// <summary>Null only for a national body (<see cref="AgencyKind.CentralBody"/>).</summary>
    public string? ProvinceCode { get; set; }
    public required string CountryCode { get; set; }
    public AgencyKind Kind { get; set; }
    public required DisplayNames Names { get; set; }
    public string? ShortName { get; set; }

    /// <summary>Other ways documents write it (seeds/agencies.json), read by the notice reader.</summary>
    public List<string> Aliases { get; set; } = [];
    public string? ParentId { get; set; }
    public List<SourceReference> Sources { get; set; } = [];

    /// <summary>The office addresses deadline reminders go to; set by administrators, never by the directory seeds.</summary>
    public List<string> ContactEmails { get; set; } = [];

    public string ResourceName => ResourceNames.Format(Collection, Id);
}
