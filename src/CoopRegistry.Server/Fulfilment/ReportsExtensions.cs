namespace CoopRegistry.Server.Fulfilment;

/// <summary>The reports people read (XLSX, DOCX): their lists, words and writers; the fold of the report's counts.</summary>
public static class ReportsExtensions
{
    public static void AddRegistryReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddScoped<FulfilmentLists>();
        builder.Services.AddScoped<ReportForPeopleReader>();
        builder.Services.AddScoped<ReportRows>();
        builder.Services.AddScoped<FulfilmentWorkbook>();
        builder.Services.AddScoped<FulfilmentTemplate>();
        builder.Services.AddScoped<FulfilmentDocument>();
        builder.Services.AddHostedService<FulfilmentFoldService>();
    }
}
