namespace CoopRegistry.Domain.Records;

/// <summary>AIP-155 request ids: a UUID the caller repeats on retry.</summary>
public static class RequestIds
{
    public static Guid? Parse(string? requestId, string field = "request_id")
    {
        if (string.IsNullOrEmpty(requestId))
            return null;
        return Guid.TryParse(requestId, out var id)
            ? id
            : throw new InvalidArgumentException(field, "must be a UUID, e.g. 3f2b8c1e-5d7a-4e0b-9c1f-2a6d8e4b7c90");
    }
}
