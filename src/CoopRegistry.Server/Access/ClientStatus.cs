namespace CoopRegistry.Server.Access;

/// <summary>
/// The token service's clients and people as last read by <see cref="ClientStatusRefresher"/>:
/// which are disabled and the stamp each one's tokens must carry (Identity.Store's TokenStamps).
/// A token of a disabled client or person, or one issued before a revocation (secret rotated,
/// password reset, role removed, disabled), is refused within one refresh period
/// (Registry:ClientStatusRefresh), without a database call per request; enabling again does not
/// bring an old stamp back, so those tokens stay refused. A token issued after the snapshot was
/// read is not judged by it (the token service checked that state itself, and the snapshot may
/// not know a person created or a stamp changed since): the next refresh judges it.
/// </summary>
public sealed class ClientStatus
{
    private volatile Snapshot current = Snapshot.Empty;

    /// <summary>Null when nothing is known of the people (a registry database without the identity schema's people).</summary>
    /// <param name="ReadAt">When it was read: tokens issued later are not judged by it.</param>
    public sealed record Snapshot(
        IReadOnlyDictionary<string, SubjectState> Clients, IReadOnlyDictionary<string, SubjectState>? People, DateTimeOffset ReadAt)
    {
        public static readonly Snapshot Empty = new(new Dictionary<string, SubjectState>(), null, DateTimeOffset.MaxValue);
    }

    public sealed record SubjectState(bool Disabled, string Stamp);

    public void Replace(Snapshot snapshot) => current = snapshot;

    /// <summary>Only these clients disabled, nothing else known: for a registry without a token service's store.</summary>
    public void ReplaceDisabledClients(IReadOnlySet<string> disabledClients) =>
        Replace(new Snapshot(disabledClients.ToDictionary(c => c, _ => new SubjectState(true, "")), null, DateTimeOffset.MaxValue));

    public bool IsDisabled(string clientId) => current.Clients.TryGetValue(clientId, out var state) && state.Disabled;

    /// <summary>Why the token is refused, or null. A client unknown here is served (it may predate the store).</summary>
    /// <param name="issuedAt">The token's iat (whole seconds).</param>
    public UnauthenticatedException? Refusal(string clientId, string? clientStamp, string? personId, string? personStamp, DateTimeOffset issuedAt)
    {
        var snapshot = current;
        if (snapshot.Clients.TryGetValue(clientId, out var client) && client.Disabled)
            return new UnauthenticatedException($"client {clientId} is disabled", "CLIENT_DISABLED");
        if (issuedAt > snapshot.ReadAt)
            return null;
        if (client is not null)
        {
            if (client.Stamp != (clientStamp ?? ""))
                return new UnauthenticatedException($"the token was issued before client {clientId} was revoked (secret rotated or disabled): get a new token", "TOKEN_REVOKED");
        }
        if (personId is null || snapshot.People is null)
            return null;
        if (!snapshot.People.TryGetValue(personId, out var person) || person.Disabled)
            return new UnauthenticatedException($"{personId} is disabled", "PERSON_DISABLED");
        if (person.Stamp != (personStamp ?? ""))
            return new UnauthenticatedException($"the token was issued before {personId}'s access changed (password reset, role removed or disabled): sign in again", "TOKEN_REVOKED");
        return null;
    }
}
