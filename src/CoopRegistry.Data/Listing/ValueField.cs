namespace CoopRegistry.Data.Listing;

/// <summary>Dates, timestamps and numbers: every comparator; <c>:</c> means equals.</summary>
internal sealed class ValueField<T, TValue>(string name, Expression<Func<T, TValue?>> column, string takes, Func<string, TValue?> parse)
    : ListField<T>(name, column)
    where TValue : struct
{
    protected override Expression Compare(Expression column, Comparison comparison)
    {
        var value = Sql.Parameter<TValue?>(parse(comparison.Value.Text) ?? throw WrongValue(comparison, takes));
        return comparison.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.Has => Expression.Equal(column, value),
            ComparisonOperator.NotEqual => Expression.NotEqual(column, value),
            ComparisonOperator.Less => Expression.LessThan(column, value),
            ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(column, value),
            ComparisonOperator.Greater => Expression.GreaterThan(column, value),
            _ => Expression.GreaterThanOrEqual(column, value),
        };
    }

    public SortKey<T> SortKey()
    {
        var read = ((Expression<Func<T, TValue?>>)Column).Compile();
        return new SortKey<T>(Column, row => read(row));
    }
}

/// <summary>How dates, timestamps and numbers are written in filters.</summary>
internal static class FilterValues
{
    public const string DateTakes = "a date written as 2025-09-12";
    public const string TimestampTakes = "an RFC 3339 timestamp written as 2025-09-12T08:30:00Z or 2025-09-12T15:30:00+07:00";
    public const string NumberTakes = "a number";
    public const string IntegerTakes = "a whole number";

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>RFC 3339 needs a time and an offset (Z or ±hh:mm); the result is UTC, as Npgsql writes timestamptz.</summary>
    public static DateTime? Timestamp(string text)
    {
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && text.Length > 10 && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : null;
    }

    public static int? Integer(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) ? number : null;
}
