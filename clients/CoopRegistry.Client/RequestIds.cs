using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Clients;

/// <summary>
/// AIP-155 request ids: a request with an empty <c>request_id</c> gets a fresh UUID once per logical
/// call, so the channel's retries (which resend the same message) can never create twice. The UUID
/// is time-ordered (version 7): the registry keeps every request id under its client, and ordered
/// ids land on the right edge of that index instead of a random page of it. An id is not a secret
/// (only its client and the registry see it), so the instant it carries tells no one anything new.
/// </summary>
public static class RequestIds
{
    public const string FieldName = "request_id";

    /// <summary>A new request id: a time-ordered (version 7) UUID.</summary>
    public static Guid NewId() => Guid.CreateVersion7();

    /// <summary>The request's request_id field, or null when it has none.</summary>
    public static FieldDescriptor? Field(MessageDescriptor descriptor)
    {
        var field = descriptor.FindFieldByName(FieldName);
        return field is { FieldType: FieldType.String, IsRepeated: false } ? field : null;
    }

    /// <summary>
    /// The request itself when it needs no id (none declared, or already set by the caller);
    /// otherwise a copy with a new UUID: the caller's object is left as it was, so reusing it
    /// for another create makes another record.
    /// </summary>
    public static TRequest WithRequestId<TRequest>(TRequest request, Func<Guid>? newId = null)
        where TRequest : class
    {
        if (request is not IMessage message || Field(message.Descriptor) is not { } field)
            return request;
        if (!string.IsNullOrEmpty((string)field.Accessor.GetValue(message)))
            return request;
        var copy = message.Descriptor.Parser.ParseFrom(message.ToByteString());
        field.Accessor.SetValue(copy, (newId ?? NewId)().ToString());
        return (TRequest)copy;
    }
}
