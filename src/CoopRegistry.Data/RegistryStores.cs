using CoopRegistry.Data.Audit;
using CoopRegistry.Data.Directives;
using CoopRegistry.Data.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Data;

/// <summary>The stores and readers the registry's services use, one per request (they share its RegistryDbContext).</summary>
public static class RegistryStores
{
    public static IServiceCollection AddRegistryStores(this IServiceCollection services) => services
        .AddScoped<RecordStore>()
        .AddScoped<DocumentStore>()
        .AddScoped<DirectoryReader>()
        .AddScoped<IDirectiveLinks, DirectiveLinks>()
        .AddScoped<HolidayCalendars>()
        .AddScoped<FulfilmentQuery>()
        .AddScoped<AuditLog>()
        .AddScoped<RecordHistory>()
        .AddScoped<ChangeFeedReader>()
        .AddScoped<RegisterReadings>();
}
