using Google.Rpc;
using Grpc.Core;

namespace CoopRegistry.Web.Registry;

/// <summary>
/// A failed registry call as a person understands it: what went wrong in their language, and for
/// bad input each field named as the form labels it, with the registry's own explanation after it.
/// </summary>
public sealed class RegistryErrors(IStringLocalizer<Texts> texts)
{
    public string Describe(Exception error) => error switch
    {
        SessionExpiredException => texts["Error_SessionExpired"],
        RpcException { StatusCode: StatusCode.Unauthenticated } => texts["Error_SessionExpired"],
        RpcException rpc => Describe(rpc),
        _ => texts["Error_Unexpected"],
    };

    private string Describe(RpcException rpc)
    {
        var summary = texts["Error_" + rpc.StatusCode].ResourceNotFound ? texts["Error_Unexpected"].Value : texts["Error_" + rpc.StatusCode].Value;
        var violations = rpc.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        if (violations.Count == 0)
            return string.IsNullOrEmpty(rpc.Status.Detail) ? summary : $"{summary} ({rpc.Status.Detail})";
        var fields = violations.Select(v => string.Format(texts["Error_Field"], FieldLabel(v.Field), v.Description));
        return summary + " " + string.Join("; ", fields);
    }

    /// <summary>`commitment.deadline.text` → the label of its last known part ("Thời hạn").</summary>
    public string FieldLabel(string field)
    {
        var parts = field.Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var label = texts["Field_" + parts[i]];
            if (!label.ResourceNotFound)
                return label.Value;
        }
        return field;
    }
}
