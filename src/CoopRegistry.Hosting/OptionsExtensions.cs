using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Hosting;

/// <summary>Options bound from their section and validated at start-up, so a bad setting stops the process naming itself.</summary>
public static class OptionsExtensions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// The settings as configured, read while the host is built (to decide what to register); they are
    /// validated with the rest at start. Defaults when the section is absent.
    /// </summary>
    public static TOptions Settings<TOptions>(this IConfiguration configuration, string section)
        where TOptions : class, new() =>
        configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
}
