using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Domain.Listing;

/// <summary>A validated List request: page window, filter conditions and sort keys.</summary>
public sealed record ListQuery(int PageSize, int Offset, IReadOnlyList<FilterCondition> Conditions, IReadOnlyList<OrderKey> Order, string Fingerprint)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public static ListQuery Parse(int pageSize, string? pageToken, string? filter, string? orderBy, ListSchema schema)
    {
        if (pageSize < 0)
            throw new InvalidArgumentException("page_size", "must not be negative");
        var conditions = FilterParser.Parse(filter, schema.Filters);
        var order = OrderByParser.Parse(orderBy, schema.OrderFields);
        var fingerprint = PageToken.Fingerprint(filter?.Trim(), orderBy?.Trim());
        var offset = PageToken.Decode(pageToken, fingerprint);
        // AIP-158: zero means the default; above the maximum is coerced, not refused.
        var size = pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);
        return new ListQuery(size, offset, conditions, order, fingerprint);
    }

    /// <summary>The token for the page after this one, or empty when this is the last.</summary>
    public string NextPageToken(int totalSize) =>
        Offset + PageSize < totalSize ? PageToken.Encode(Offset + PageSize, Fingerprint) : "";
}

/// <summary>What one List method accepts in filter and order_by.</summary>
public sealed record ListSchema(IReadOnlyCollection<FilterField> Filters, IReadOnlyCollection<string> OrderFields);
