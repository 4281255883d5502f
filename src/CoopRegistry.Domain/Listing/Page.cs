namespace CoopRegistry.Domain.Listing;

/// <summary>One page of a List result.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalSize, string NextPageToken);
