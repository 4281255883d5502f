namespace CoopRegistry.Hosting;

/// <summary>
/// `&lt;host&gt; migrate`: bring the database to the current schema, load what the host loads, exit.
/// Non-zero when the host refuses its input files, with the reason logged and on stderr.
/// </summary>
public static class MigrateCommand
{
    /// <summary>Whether the process was started to migrate rather than to serve.</summary>
    public static bool IsRequested(string[] args) => args is ["migrate", ..];

    /// <summary>Runs <paramref name="migrate"/> in a service scope: 0 when done, 2 when it throws <typeparamref name="TRefusal"/>.</summary>
    /// <param name="category">The log category of the run, e.g. CoopRegistry.Migrate.</param>
    /// <param name="refused">What was refused, as the log says it (e.g. "Seed file") and stderr prefixes it (e.g. "seed").</param>
    public static async Task<int> RunAsync<TRefusal>(
        WebApplication app, string category, (string Log, string Prefix) refused, Func<IServiceProvider, ILogger, Task> migrate)
        where TRefusal : Exception
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await migrate(scope.ServiceProvider, logger);
            return 0;
        }
        catch (TRefusal e)
        {
            logger.LogError("{What} refused: {Problem}", refused.Log, e.Message);
            await Console.Error.WriteLineAsync($"{refused.Prefix} error: {e.Message}");
            return 2;
        }
    }
}
