using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Web.Hosting;

/// <summary>Binds and validates the console's settings at start-up, listens on Console:Url, keeps the cookie keys.</summary>
public static class OptionsExtensions
{
    public static void AddConsoleOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ConsoleOptions>, ConsoleOptionsValidator>();
        var settings = builder.Configuration.GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();
        builder.WebHost.UseUrls(settings.Url);
        // Session cookies outlive a restart only if the keys that sealed them do.
        builder.Services.AddDataProtection().SetApplicationName("CoopRegistry.Web")
            .PersistKeysToFileSystem(Directory.CreateDirectory(settings.DataFolder));
    }

    public static ConsoleOptions ConsoleSettings(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<ConsoleOptions>>().Value;
}
