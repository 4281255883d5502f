namespace CoopRegistry.Identity.Hosting;

/// <summary>The DbContext OpenIddict's stores use, the migrator, and the database health check.</summary>
public static class DataExtensions
{
    public static void AddIdentityData(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IdentityDatabaseOptions>(IdentityDatabaseOptions.Section);
        builder.Services.AddDbContext<IdentityDbContext>((services, options) =>
            options.UseIdentityDatabase(services.GetRequiredService<IOptions<IdentityDatabaseOptions>>().Value.Identity));
        builder.Services.AddScoped<DevClientSync>();
        builder.Services.AddScoped<IdentityMigrator>();
        builder.Services.AddDatabaseHealthCheck<IdentityDbContext>();
    }
}
