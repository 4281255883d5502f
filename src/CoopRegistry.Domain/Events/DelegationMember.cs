namespace CoopRegistry.Domain.Events;

/// <summary>A member of the home province's delegation; <see cref="Head"/> marks its leader (at most one).</summary>
public sealed record DelegationMember(string Person, string Title, string? AgencyId, bool Head);
