using CoopRegistry.Identity.Data;
using CoopRegistry.Server.Probes;
using CoopRegistry.Server.Seeding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopRegistry.Server.Hosting;

/// <summary>The pooled DbContext, the readers over it, and the database health check.</summary>
public static class DataExtensions
{
    /// <summary>
    /// DbContexts kept for reuse: enough for the calls that run at once in steady use (a call rents
    /// one for its whole duration, its wait for a connection included). EF Core's default, 1,024,
    /// kept every context of a burst of 1,000 calls for the process's life; past this many, a call's
    /// context is made for it and collected after.
    /// </summary>
    public const int ContextPoolSize = 128;

    public static void AddRegistryData(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddDbContextPool<RegistryDbContext>((services, options) =>
            options.UseRegistryDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Registry, services.GetRequiredService<TimeProvider>()),
            ContextPoolSize);
        builder.Services.AddRegistryStores();
        // DirectoryService reads from the streaming replica when ConnectionStrings:RegistryReadOnly names one.
        builder.Services.AddSingleton<ReadReplica>();
        builder.Services.AddScoped<ReadReplica.ScopedContext>();
        builder.Services.AddKeyedScoped<DirectoryReader>(ReadReplica.Key, (services, _) => new DirectoryReader(
            services.GetRequiredService<ReadReplica.ScopedContext>().Context ?? services.GetRequiredService<RegistryDbContext>()));
        builder.Services.AddScoped<Commitments.StatutoryFollowUps>();
        builder.Services.AddScoped<Directives.NoticeExtraction>();
        // As-of reads: records rebuilt from the audit log's after images.
        builder.Services.AddScoped<Audit.RecordSnapshots>();
        builder.Services.AddScoped<Audit.AsOfReader>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RegistryMigrator>();
        builder.Services.AddScoped<RecordSeedLoader>();
        builder.Services.AddScoped<RegistrySeeding>();
        // The token service's client store (schema identity, migrated by the token service), for
        // AdminService: OpenIddict's application manager hashes secrets as the token service checks them.
        // Same pooled connection string as the registry's own, so the process has one pool to size.
        builder.Services.AddDbContext<IdentityDbContext>((services, options) => options
            .UseIdentityDatabase(RegistryDbContextOptions.PooledConnectionString(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Registry))
            // Client changes are audited like records (secrets left out).
            .AddInterceptors(AuditInterceptor.For(ClientAuditSubjects.Instance, services.GetRequiredService<TimeProvider>())));
        builder.Services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>());
        // People, for AdminService: the token service's password hasher and rules on the same store.
        builder.Services.AddIdentityCore<Person>(PeopleRules.Apply).AddRoles<IdentityRole>().AddEntityFrameworkStores<IdentityDbContext>();
        builder.Services.AddScoped<Admin.AdminDirectory>();
        // Unhealthy (and so gRPC health NOT_SERVING) while PostgreSQL cannot be reached; probed in the background.
        builder.Services.AddDatabaseHealthCheck<RegistryDbContext>();
        builder.Services.AddRegistryHealthProbe();
    }
}
