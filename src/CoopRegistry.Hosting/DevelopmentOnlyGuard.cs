namespace CoopRegistry.Hosting;

/// <summary>
/// Refuses to start outside Development while the store still holds something published for
/// Development (a secret or password in the repository for anyone to read), naming each offender.
/// </summary>
public abstract class DevelopmentOnlyGuard(IHostEnvironment environment, ILogger logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
            return;
        var offenders = await FindOffendersAsync(cancellationToken);
        if (offenders.Count == 0)
            return;
        var message = $"Refusing to start in {environment.EnvironmentName}: {Refusal(string.Join(", ", offenders))}";
        logger.LogCritical("{Message}", message);
        throw new InvalidOperationException(message);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What in the store still accepts a development credential, by name.</summary>
    protected abstract Task<IReadOnlyCollection<string>> FindOffendersAsync(CancellationToken cancellationToken);

    /// <summary>The rest of the refusal, after "Refusing to start in X: ": what <paramref name="offenders"/> are and what to do.</summary>
    protected abstract string Refusal(string offenders);
}
