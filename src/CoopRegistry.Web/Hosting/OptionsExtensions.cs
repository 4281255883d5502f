using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CoopRegistry.Web.Hosting;

/// <summary>
/// Binds and validates the console's settings at start-up, listens on Console:Url under the shared
/// TLS rules, runs under systemd when started by it, and keeps the Data Protection keys in Console:DataFolder.
/// </summary>
public static class OptionsExtensions
{
    /// <summary>In Development an unset Console:DataFolder is this one, created on start.</summary>
    public const string DevelopmentDataFolder = ".data/console";

    public static void AddConsoleOptions(this WebApplicationBuilder builder)
    {
        builder.AddListenSettings<ConsoleOptions>(ConsoleOptions.Section, "the console")
            .PostConfigure<IHostEnvironment>((o, environment) =>
                o.DataFolder = string.IsNullOrWhiteSpace(o.DataFolder) && environment.IsDevelopment() ? DevelopmentDataFolder : o.DataFolder);
        builder.Services.AddSingleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidator>();
        builder.AddServiceManager();
        // Session cookies and kept refresh tokens outlive a restart only if the keys that sealed them do.
        builder.Services.AddDataProtection().SetApplicationName("CoopRegistry.Web");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<ConsoleOptions>, IHostEnvironment, ILoggerFactory>((keys, settings, environment, logs) =>
        {
            if (settings.Value.DataFolder is not { Length: > 0 } folder)
                return;
            var directory = new DirectoryInfo(folder);
            // Outside Development the validator refuses a missing folder; it is the deployment's to make.
            if (environment.IsDevelopment())
                directory.Create();
            keys.XmlRepository = new FileSystemXmlRepository(directory, logs);
        });
    }

    public static ConsoleOptions ConsoleSettings(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<ConsoleOptions>>().Value;
}
