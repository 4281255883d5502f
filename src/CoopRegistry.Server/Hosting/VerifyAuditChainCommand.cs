namespace CoopRegistry.Server.Hosting;

/// <summary>
/// `CoopRegistry.Server verify-audit-chain`: recompute the whole audit chain in the database, as
/// AuditService.VerifyAuditChain does, print what was found and exit 0 when it is intact, 1 when
/// not. For the operator after a restore, before the registry serves again (docs/runbook.md).
/// </summary>
public static class VerifyAuditChainCommand
{
    public static bool IsRequested(string[] args) => args is ["verify-audit-chain", ..];

    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync([], CancellationToken.None);
        var head = $"{result.Head.Sequence} {Convert.ToHexStringLower(result.Head.Hash)}";
        if (result.FirstBreak is { } found)
        {
            Console.WriteLine($"audit chain NOT intact: {result.EntriesChecked} entries checked; first bad entry {found.Sequence} {found.Fault}: {found.Description}");
            return 1;
        }
        Console.WriteLine($"audit chain intact: {result.EntriesChecked} entries, head {head}");
        return 0;
    }
}
