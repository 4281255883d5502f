using CoopRegistry.Testing;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>The registry started as installed, on a database and token service it never reaches, with settings it must refuse.</summary>
public static class RefusedStart
{
    public static OptionsValidationException Of(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Registry"] = "Host=127.0.0.1;Port=1;Database=unused;Timeout=2",
            ["Registry:Authority"] = "https://127.0.0.1:1",
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        return FailedStart.Of<OptionsValidationException>(typeof(Program).Assembly, environment, all);
    }
}
