namespace CoopRegistry.Domain.Listing;

/// <summary>What a page token says: where the next page starts (the last row's sort keys) and the listing's total, when it carries one.</summary>
public sealed record PageCursor(IReadOnlyList<string?> Keys, int? Total);
