namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Makes the store hold the development clients exactly as the file says: creates missing ones,
/// updates changed ones (display name, scopes, agency, province, secret), leaves the rest alone.
/// A client's disabled flag is not the file's business and is kept.
/// </summary>
public sealed class DevClientSync(IOpenIddictApplicationManager applications, ILogger<DevClientSync> logger)
{
    public async Task<SyncReport> SyncAsync(IReadOnlyList<DevClient> clients, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0, unchanged = 0;
        foreach (var client in clients)
        {
            var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            if (application is null)
            {
                var descriptor = new OpenIddictApplicationDescriptor { ClientSecret = client.ClientSecret };
                ClientDescriptors.Apply(descriptor, client);
                await applications.CreateAsync(descriptor, cancellationToken);
                logger.LogInformation("Development client {ClientId} created", client.ClientId);
                created++;
                continue;
            }

            var current = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(current, application, cancellationToken);
            var wanted = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(wanted, application, cancellationToken);
            ClientDescriptors.Apply(wanted, client);
            var secretChanged = !await applications.ValidateClientSecretAsync(application, client.ClientSecret, cancellationToken);
            if (!secretChanged && Same(current, wanted))
            {
                unchanged++;
                continue;
            }
            // The manager hashes a secret that differs from the stored hash; an unchanged hash stays as is.
            if (secretChanged)
            {
                wanted.ClientSecret = client.ClientSecret;
                // A new secret ends the tokens issued under the old one, as a rotation does.
                ClientProfile.ReadFrom(wanted).Revoked().WriteTo(wanted);
            }
            await applications.UpdateAsync(application, wanted, cancellationToken);
            logger.LogInformation("Development client {ClientId} updated", client.ClientId);
            updated++;
        }
        return new SyncReport(created, updated, unchanged);
    }

    private static bool Same(OpenIddictApplicationDescriptor a, OpenIddictApplicationDescriptor b) =>
        a.DisplayName == b.DisplayName
        && a.ClientType == b.ClientType
        && a.Permissions.SetEquals(b.Permissions)
        && ClientProfile.ReadFrom(a) == ClientProfile.ReadFrom(b);
}
