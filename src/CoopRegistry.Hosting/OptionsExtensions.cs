using Microsoft.Extensions.Options;

namespace CoopRegistry.Hosting;

/// <summary>Options bound from their section and validated at start-up, so a bad setting stops the process naming itself.</summary>
public static class OptionsExtensions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
