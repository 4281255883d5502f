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
        // Server GC's own budgets let one scenario's garbage outlive it and set the peak resident
        // memory of scenario 7 (docs/performance.md); ConserveMemory 7 caps gen2's growth between
        // full collections at about a fifth (5 allowed half).
        var settings = RuntimeSettings();
        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(16L * 1024 * 1024, settings.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
        Assert.Equal(7, settings.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    private static JsonElement RuntimeSettings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CoopRegistry.Server.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
