namespace CoopRegistry.Data.Listing;

/// <summary>
/// The AIP-132 arguments of a List call. <paramref name="ExtraFingerprintParts"/> are any other
/// inputs that shape the result (a parent, a show_deleted flag, the caller's province): a page
/// token is refused when any of them changes.
/// </summary>
public sealed record ListRequest(int PageSize, string? PageToken, string? Filter, string? OrderBy, params string?[] ExtraFingerprintParts);
