namespace CoopRegistry.Identity.Tests;

/// <summary>
/// Tests whose host fails at start-up run one at a time: under parallel load a failing
/// WebApplicationFactory start was seen to surface ObjectDisposedException instead of the
/// validation error it is meant to show.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartupFailureCollection
{
    public const string Name = "Start-up failures";
}
