namespace CoopRegistry.Domain.Directory;

/// <summary>A name in Vietnamese, English and the place's own script (BCP 47 tag in LocalLanguage).</summary>
public sealed record DisplayNames(string Vi, string En, string? Local, string? LocalLanguage);
