using CoopRegistry.Domain.Errors;

namespace CoopRegistry.Server.Errors;

/// <summary>Collects a converter's field violations so that all are reported together.</summary>
internal sealed class FieldViolations
{
    public List<FieldViolation> All { get; } = [];

    public void Add(string field, string description) => All.Add(new FieldViolation(field, description));

    public T? Check<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InvalidArgumentException e)
        {
            All.AddRange(e.Violations);
            return default;
        }
    }

    /// <summary>Throws with the collected violations plus <paramref name="more"/> (or only those when replacing), if any.</summary>
    public void Throw(IReadOnlyList<FieldViolation> more, bool replace = false)
    {
        var violations = (replace ? more : All.Concat(more)).DistinctBy(v => (v.Field, v.Description)).ToList();
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
    }

    /// <summary>The update-mask field a violation belongs to: "plan.activities[0].title" with prefix "plan." → "activities".</summary>
    public static string TopField(string field, string prefix)
    {
        var path = field.StartsWith(prefix, StringComparison.Ordinal) ? field[prefix.Length..] : field;
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
