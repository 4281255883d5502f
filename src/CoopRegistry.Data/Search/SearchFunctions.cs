namespace CoopRegistry.Data.Search;

/// <summary>
/// SQL functions the registry's queries call (made by the migrations). <c>registry.search_key(text)</c> folds text for
/// search: lower case, Vietnamese diacritics removed by <c>unaccent</c> ("Đầu tư" → "dau tu");
/// Khmer and Lao script pass through unchanged. It is IMMUTABLE so generated columns and
/// trigram indexes can use it.
/// </summary>
public static class SearchFunctions
{
    public const string SearchKeyName = "search_key";

    /// <summary>Maps to <c>registry.search_key</c>; only callable inside EF queries.</summary>
    public static string SearchKey(string value) => throw new InvalidOperationException("registry.search_key runs in PostgreSQL only");
}
