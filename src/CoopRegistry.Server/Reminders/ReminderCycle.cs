namespace CoopRegistry.Server.Reminders;

/// <summary>One pass of the reminder service at the clock's now: record what is due, then send what waits.</summary>
public sealed class ReminderCycle(ReminderScanner scanner, ReminderSender sender, TimeProvider clock)
{
    public async Task<(int Recorded, int Settled)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = await scanner.ScanAsync(now, cancellationToken);
        var settled = 0;
        // Batch after batch, until nothing due is left to claim.
        for (int batch; (batch = await sender.SendAsync(now, cancellationToken)) > 0;)
            settled += batch;
        return (recorded, settled);
    }
}
