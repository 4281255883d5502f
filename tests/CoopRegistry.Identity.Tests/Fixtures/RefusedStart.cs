using CoopRegistry.Testing;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Tests.Fixtures;

/// <summary>The token service started as installed, on a database it never reaches, with settings it must refuse.</summary>
public static class RefusedStart
{
    public static OptionsValidationException Of(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Identity"] = "Host=127.0.0.1;Port=1;Database=unused;Timeout=2",
            ["Identity:DataFolder"] = Directory.CreateTempSubdirectory("coop-identity-keys-").FullName,
            ["Identity:DevClientsPath"] = IdentityFactory.DevClientsPath,
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        return FailedStart.Of<OptionsValidationException>(typeof(Program).Assembly, environment, all);
    }
}
