using CoopRegistry.Clients;
using CoopRegistry.Web.Records;
using CoopRegistry.Web.Registry;

namespace CoopRegistry.Web.Hosting;

/// <summary>The registry's typed clients from the client library, each call carrying the signed-in person's token.</summary>
public static class RegistryExtensions
{
    public static void AddRegistryClient(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.Settings<ConsoleOptions>(ConsoleOptions.Section);
        builder.Services.AddCoopRegistryClient<PersonTokenSource>(o => o.Address = new Uri(settings.RegistryUrl));
        builder.Services.AddScoped<AgencyNames>();
        builder.Services.AddScoped<RegistryErrors>();
        builder.Services.AddScoped<AgreementMoves>();
        builder.Services.AddScoped<CommitmentMoves>();
        builder.Services.AddScoped<PlanEventMoves>();
        builder.Services.AddScoped<DocumentTransfer>();
        builder.Services.AddScoped<LinkChoices>();
    }
}
