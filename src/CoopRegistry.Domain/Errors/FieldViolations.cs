namespace CoopRegistry.Domain.Errors;

/// <summary>
/// The one collector of bad fields, so that all are reported together (INVALID_ARGUMENT with a
/// BadRequest naming each): the domain's rules collect theirs in it, and it is the one place a
/// field's parse exception is caught and kept: every converter reads a field through <see cref="Check{T}(Func{T})"/>.
/// </summary>
/// <param name="prefix">Put before the fields named to <see cref="Add"/> and the length checks, e.g. "agreement.".</param>
public sealed class FieldViolations(string prefix = "")
{
    /// <summary>What was collected.</summary>
    public List<FieldViolation> All { get; } = [];

    public void Add(string field, string description) => All.Add(new FieldViolation(prefix + field, description));

    /// <summary>A text over <paramref name="max"/> characters (none is fine).</summary>
    public void Length(string? text, int max, string field)
    {
        if (text?.Length > max)
            Add(field, $"is longer than {max} characters");
    }

    /// <summary>A text that must be there (else <paramref name="missing"/>) and within <paramref name="max"/> characters.</summary>
    public void Required(string? text, int max, string field, string missing = "is required")
    {
        if (string.IsNullOrWhiteSpace(text))
            Add(field, missing);
        else
            Length(text, max, field);
    }

    /// <summary>The value <paramref name="parse"/> reads, or default with its violations kept (a value type is read as nullable: <c>Check&lt;DateOnly?&gt;</c>).</summary>
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

    /// <summary>The value <paramref name="parse"/> reads (or stores: a seed), or default with its violations kept.</summary>
    public async Task<T?> CheckAsync<T>(Func<Task<T>> parse)
    {
        try
        {
            return await parse();
        }
        catch (InvalidArgumentException e)
        {
            All.AddRange(e.Violations);
            return default;
        }
    }

    /// <summary>Runs <paramref name="read"/>, keeping its violations.</summary>
    public void Check(Action read) => Check(() =>
    {
        read();
        return true;
    });

    /// <summary>The same as <see cref="Add(string, string)"/>, answering default for a value read in one expression.</summary>
    public T? Invalid<T>(string field, string description)
    {
        Add(field, description);
        return default;
    }

    /// <summary>Throws with the collected violations plus <paramref name="more"/> (each once), if any.</summary>
    public void Throw(IEnumerable<FieldViolation> more) => ThrowIfAny(All.Concat(more));

    /// <summary>Throws with the collected violations, if any.</summary>
    public void ThrowIfAny() => ThrowIfAny(All);

    /// <summary>Throws with the collected violations that <paramref name="relevant"/> keeps, if any.</summary>
    public void ThrowIfAny(Func<FieldViolation, bool> relevant) => ThrowIfAny(All.Where(relevant));

    /// <summary>The update-mask field a violation belongs to: "plan.activities[0].title" with prefix "plan." → "activities".</summary>
    public static string TopField(string field, string prefix)
    {
        var path = field.StartsWith(prefix, StringComparison.Ordinal) ? field[prefix.Length..] : field;
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static void ThrowIfAny(IEnumerable<FieldViolation> violations)
    {
        var distinct = violations.DistinctBy(v => (v.Field, v.Description)).ToList();
        if (distinct.Count > 0)
            throw new InvalidArgumentException(distinct);
    }
}
