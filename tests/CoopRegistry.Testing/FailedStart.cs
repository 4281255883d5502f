using System.Reflection;

namespace CoopRegistry.Testing;

/// <summary>
/// Starts an app through its own entry point, as its service unit would, with settings given as
/// command-line arguments, and returns the error that stopped the start. Not through
/// WebApplicationFactory: its deferred start reads the app's services while the app's own thread,
/// having failed, disposes them, so it can report ObjectDisposedException instead of the error.
/// </summary>
public static class FailedStart
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(1);

    public static TException Of<TException>(Assembly app, string environment, IReadOnlyDictionary<string, string?> settings)
        where TException : Exception
    {
        var entryPoint = app.EntryPoint ?? throw new ArgumentException($"{app.GetName().Name} has no entry point", nameof(app));
        string[] args =
        [
            $"--environment={environment}",
            $"--contentRoot={Path.Combine(RepositoryPaths.Root, "src", app.GetName().Name!)}",
            .. settings.Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        var run = Task.Run(async () =>
        {
            if (entryPoint.Invoke(null, [args]) is Task asyncMain)
                await asyncMain;
        });
        try
        {
            if (!run.Wait(StartLimit))
                throw new Xunit.Sdk.XunitException($"{app.GetName().Name} started although its settings are invalid");
        }
        catch (AggregateException failed) when (Unwrapped(failed.InnerException) is TException error)
        {
            return error;
        }
        throw new Xunit.Sdk.XunitException($"{app.GetName().Name} stopped without the expected {typeof(TException).Name}");
    }

    private static Exception? Unwrapped(Exception? error) =>
        error is TargetInvocationException { InnerException: { } inner } ? inner : error;
}
