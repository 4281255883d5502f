using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Domain.Records;

/// <summary>AIP-154 etags: a strong etag from the row version; a stale one is ABORTED.</summary>
public static class Etags
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>Nothing to check when the caller sends no etag; otherwise it must be current.</summary>
    public static void Demand(string? etag, RegistryRecord record)
    {
        if (!string.IsNullOrEmpty(etag) && etag != record.Etag)
            throw new ConcurrencyConflictException(record.ResourceName);
    }
}
