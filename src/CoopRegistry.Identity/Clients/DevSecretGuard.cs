namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Outside Development, refuses to start while any client in the store still accepts a secret
/// published in dev-clients.json: those secrets are in the repository for anyone to read.
/// </summary>
internal sealed class DevSecretGuard(
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    IOptions<TokenServiceOptions> settings,
    ILogger<DevSecretGuard> logger) : DevelopmentOnlyGuard(environment, logger)
{
    protected override async Task<IReadOnlyCollection<string>> FindOffendersAsync(CancellationToken cancellationToken)
    {
        var secrets = KnownSecrets();
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var offenders = new List<string>();
        // Every client against every secret: a development secret copied onto a real client counts too.
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Confidential, cancellationToken))
                continue;
            foreach (var secret in secrets)
            {
                if (await applications.ValidateClientSecretAsync(application, secret, cancellationToken))
                {
                    offenders.Add(await applications.GetClientIdAsync(application, cancellationToken) ?? "?");
                    break;
                }
            }
        }
        return offenders;
    }

    protected override string Refusal(string offenders) =>
        $"client(s) {offenders} still accept a development secret published in seeds/dev-clients.json. Rotate those secrets "
        + "or delete the clients; development clients belong in Development only.";

    // The copy built into the binary, plus the file on disk when there is one (it may be newer).
    private HashSet<string> KnownSecrets()
    {
        var secrets = DevClientsFile.ReadEmbedded().Select(c => c.ClientSecret).ToHashSet(StringComparer.Ordinal);
        var path = DevClientsFile.Resolve(settings.Value.DevClientsPath);
        if (File.Exists(path))
            secrets.UnionWith(DevClientsFile.Read(path).Select(c => c.ClientSecret));
        return secrets;
    }
}
