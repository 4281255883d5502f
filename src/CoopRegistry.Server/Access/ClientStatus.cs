namespace CoopRegistry.Server.Access;

/// <summary>
/// The client ids the token service has disabled, as last read from identity.applications by
/// <see cref="ClientStatusRefresher"/>. A disabled client's still-valid tokens are refused within
/// one refresh period (Registry:ClientStatusRefresh), without a database call per request.
/// </summary>
public sealed class ClientStatus
{
    private volatile IReadOnlySet<string> disabled = new HashSet<string>();

    public bool IsDisabled(string clientId) => disabled.Contains(clientId);

    public void Replace(IReadOnlySet<string> disabledClients) => disabled = disabledClients;
}
