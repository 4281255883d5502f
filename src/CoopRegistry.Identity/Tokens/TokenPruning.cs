namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// Keeps the token tables from growing without end: every Identity:PruneInterval, the tokens older
/// than Identity:TokenRetention that are expired, redeemed or revoked, and the authorizations of
/// that age no longer valid or left without tokens, are deleted. The first run waits one interval
/// (a new database is migrated after start in tests and by `migrate`); several instances pruning at
/// once only delete the same dead rows.
/// </summary>
public sealed class TokenPruning(IServiceScopeFactory scopes, IOptions<TokenServiceOptions> settings, ILogger<TokenPruning> logger)
    : BackgroundService
{
    public sealed record Pruned(long Tokens, long Authorizations);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.PruneInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var pruned = await PruneAsync(DateTimeOffset.UtcNow, stoppingToken);
                logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations", pruned.Tokens, pruned.Authorizations);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a database away for a while must not end the service.
                logger.LogWarning(e, "Pruning the token tables failed");
            }
        }
    }

    /// <summary>One pruning as of <paramref name="now"/>: what is older than the retention and no longer needed goes.</summary>
    public async Task<Pruned> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var threshold = now - settings.Value.TokenRetention;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        return new Pruned(tokens, authorizations);
    }
}
