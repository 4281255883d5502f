using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;

namespace CoopRegistry.Web.Registry;

/// <summary>
/// The registry's field violations of one refused save, by the form field they belong to
/// (`agreement.parties[1].role` → `parties`), each in the person's language: the usual
/// descriptions translated, any other one after a general "không hợp lệ".
/// </summary>
public sealed partial class FieldErrors
{
    private readonly Dictionary<string, string> messages = new(StringComparer.Ordinal);

    public static readonly FieldErrors None = new();

    /// <summary>The violations of <paramref name="error"/> under <paramref name="prefix"/> (e.g. "agreement").</summary>
    public static FieldErrors From(Exception error, string prefix, IStringLocalizer<Texts> texts)
    {
        var found = new FieldErrors();
        if (error is not RpcException rpc || rpc.GetRpcStatus()?.GetDetail<BadRequest>() is not { } bad)
            return found;
        foreach (var violation in bad.FieldViolations)
        {
            var field = FormField(violation.Field, prefix);
            var message = Translate(violation.Description, texts);
            found.messages[field] = found.messages.TryGetValue(field, out var earlier) ? $"{earlier}; {message}" : message;
        }
        return found;
    }

    public bool Has(string field) => messages.ContainsKey(field);

    /// <summary>The message beside <paramref name="field"/>, or null.</summary>
    public string? this[string field] => messages.GetValueOrDefault(field);

    public bool Any => messages.Count > 0;

    // `agreement.parties[1].role` → `parties`; `update_mask` stays itself.
    private static string FormField(string field, string prefix)
    {
        var path = field.StartsWith(prefix + ".", StringComparison.Ordinal) ? field[(prefix.Length + 1)..] : field;
        return IndexOrDot().Split(path)[0];
    }

    private static string Translate(string description, IStringLocalizer<Texts> texts)
    {
        if (description.StartsWith("is required", StringComparison.Ordinal))
            return texts["FieldError_Required"];
        if (LongerThan().Match(description) is { Success: true } longer)
            return string.Format(texts["FieldError_TooLong"], longer.Groups[1].Value);
        if (StartWith().Match(description) is { Success: true } prefix)
            return string.Format(texts["FieldError_HomeProvincePrefix"], prefix.Groups[1].Value);
        return string.Format(texts["FieldError_Invalid"], description);
    }

    [GeneratedRegex(@"[\[.]")]
    private static partial Regex IndexOrDot();

    [GeneratedRegex(@"^is longer than (\d+) characters")]
    private static partial Regex LongerThan();

    // A chosen record id without its home province's prefix (RecordIds.ChooseOrGenerate).
    [GeneratedRegex(@"^must start with ([a-z0-9-]+-) ")]
    private static partial Regex StartWith();
}
