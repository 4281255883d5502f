namespace CoopRegistry.Domain.Listing;

/// <summary>AIP-158 page sizes: zero means the default; above the maximum is coerced, not refused.</summary>
public static class PageSize
{
    public const int Default = 50;
    public const int Max = 1000;

    public static int Resolve(int requested) => Resolve(requested, Default);

    /// <summary>As <see cref="Resolve(int)"/>, for a List method whose contract states another default.</summary>
    public static int Resolve(int requested, int defaultSize) => requested switch
    {
        < 0 => throw new InvalidArgumentException("page_size", "must not be negative"),
        0 => defaultSize,
        _ => Math.Min(requested, Max),
    };
}
