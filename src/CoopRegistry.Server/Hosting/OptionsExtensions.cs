namespace CoopRegistry.Server.Hosting;

/// <summary>Binds the registry's own options classes and validates them at start-up.</summary>
public static class OptionsExtensions
{
    public static void AddRegistryOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<RegistryOptions>(RegistryOptions.Section);
        builder.Services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddValidatedOptions<Limits.LimitsOptions>(Limits.LimitsOptions.Section);
        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);
    }
}
