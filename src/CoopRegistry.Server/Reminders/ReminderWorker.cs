namespace CoopRegistry.Server.Reminders;

/// <summary>
/// Runs a <see cref="ReminderCycle"/> every Reminders:ScanInterval, in every registry process (the
/// table keeps them from sending a reminder twice). A failed pass (the database away) is logged
/// and the next one tries again.
/// </summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Reminders on: mail through {Host}:{Port}, {Days} days before, every {Interval}",
            options.Value.Smtp.Host, options.Value.Smtp.Port, string.Join(", ", options.Value.Days), options.Value.ScanInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (recorded, settled) = await scope.ServiceProvider.GetRequiredService<ReminderCycle>().RunAsync(stoppingToken);
                if (recorded + settled > 0)
                    logger.LogInformation("Reminders: {Recorded} recorded, {Settled} settled", recorded, settled);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Reminders: the pass failed; the next one tries again");
            }
            try
            {
                await Task.Delay(options.Value.ScanInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
