using System.Text.Json;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// The runtime settings the registry ships in its runtimeconfig.json, which every way of starting it
/// reads (systemd, the image, ./coop); the in-process test host does not run under them.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_registry_collects_before_its_garbage_piles_up()
    {
        // ConserveMemory 7 caps gen2's growth between full collections at about a fifth (5 allowed
        // half), so that one scenario's garbage does not outlive it into the peak resident memory
        // of scenario 7 (docs/performance.md). The gen0 budget stays the runtime's own: a cap cost
        // CPU in collections once the DbContext pool no longer held a burst's contexts.
        var settings = RuntimeSettings();
        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.TryGetProperty("System.GC.Gen0MaxBudget", out _));
        Assert.Equal(7, settings.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    private static JsonElement RuntimeSettings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CoopRegistry.Server.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
