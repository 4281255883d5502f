namespace CoopRegistry.Domain.Listing;

/// <summary>One key of an AIP-132 order_by.</summary>
public sealed record OrderKey(string Field, bool Descending);

/// <summary>Parses <c>order_by</c>: comma-separated fields, each optionally followed by <c>desc</c> or <c>asc</c>.</summary>
public static class OrderByParser
{
    private const string Field = "order_by";

    public static IReadOnlyList<OrderKey> Parse(string? orderBy, IReadOnlyCollection<string> fields)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
            return [];
        var keys = new List<OrderKey>();
        foreach (var part in orderBy.Split(','))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || (words.Length == 2 && words[1] is not ("desc" or "asc")))
                throw new InvalidArgumentException(Field, $"'{part.Trim()}' is not of the form field [asc|desc]");
            if (!fields.Contains(words[0]))
                throw new InvalidArgumentException(Field, $"cannot order by '{words[0]}'; use one of {string.Join(", ", fields)}");
            if (keys.Any(k => k.Field == words[0]))
                throw new InvalidArgumentException(Field, $"'{words[0]}' is named twice");
            keys.Add(new OrderKey(words[0], words.Length == 2 && words[1] == "desc"));
        }
        return keys;
    }
}
