namespace CoopRegistry.Identity.Hosting;

/// <summary>Binds the token service's own options classes and validates them at start-up.</summary>
public static class OptionsExtensions
{
    public static void AddTokenServiceOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TokenServiceOptions>(TokenServiceOptions.Section);
        builder.Services.AddValidatedOptions<TokenKeyOptions>(TokenServiceOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<TokenKeyOptions>, KeyPathsValidator>();
        builder.Services.AddValidatedOptions<IdentityDatabaseOptions>(IdentityDatabaseOptions.Section);
    }
}
