using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>
/// Starts a host that must fail validation and returns the validation error. A failing
/// WebApplicationFactory start sometimes surfaces ObjectDisposedException instead (the app's
/// entry thread disposes its services while the factory still reads them): a harness race, not
/// the registry's behaviour, so that one outcome is retried with a fresh factory.
/// </summary>
public static class StartupFailure
{
    public static OptionsValidationException Of<TFactory>(Func<TFactory> create, Func<TFactory, object?> start)
        where TFactory : IDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            using var factory = create();
            try
            {
                start(factory);
            }
            catch (OptionsValidationException error)
            {
                return error;
            }
            catch (ObjectDisposedException) when (attempt < 5)
            {
                continue;
            }
            throw new Xunit.Sdk.XunitException("the host started although its settings are invalid");
        }
    }
}
