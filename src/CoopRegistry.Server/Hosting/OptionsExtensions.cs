using Microsoft.Extensions.Options;

namespace CoopRegistry.Server.Hosting;

/// <summary>Binds every options class and validates it at start-up, so a bad setting stops the process naming itself.</summary>
public static class OptionsExtensions
{
    public static void AddRegistryOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistryOptions>().BindConfiguration(RegistryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddOptions<Limits.LimitsOptions>().BindConfiguration(Limits.LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }
}
