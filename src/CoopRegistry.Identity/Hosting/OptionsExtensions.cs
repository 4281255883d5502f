using Microsoft.Extensions.Options;

namespace CoopRegistry.Identity.Hosting;

/// <summary>Binds every options class and validates it at start-up, so a bad setting stops the process naming itself.</summary>
public static class OptionsExtensions
{
    public static void AddTokenServiceOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TokenServiceOptions>().BindConfiguration(TokenServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TokenKeyOptions>().BindConfiguration(TokenServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TokenKeyOptions>, KeyPathsValidator>();
        builder.Services.AddOptions<IdentityDatabaseOptions>().BindConfiguration(IdentityDatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }
}
