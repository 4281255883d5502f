using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Protobuf;

/// <summary>AIP-134 field masks: which fields an Update changes.</summary>
public static class UpdateMasks
{
    /// <summary>
    /// The paths to apply: every updatable field for an empty mask or <c>*</c>; otherwise the
    /// named ones, and INVALID_ARGUMENT on update_mask for any that cannot be updated.
    /// </summary>
    public static IReadOnlySet<string> Resolve(FieldMask? mask, IReadOnlyCollection<string> updatable)
    {
        if (mask is null || mask.Paths.Count == 0 || mask.Paths is ["*"])
            return updatable.ToHashSet();
        var unknown = mask.Paths.Where(path => !updatable.Contains(path)).ToList();
        if (unknown.Count > 0)
            throw new InvalidArgumentException("update_mask",
                $"cannot update {string.Join(", ", unknown.Select(p => $"'{p}'"))}; updatable fields are {string.Join(", ", updatable)}");
        return mask.Paths.ToHashSet();
    }
}
