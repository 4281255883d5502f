namespace CoopRegistry.Server.Reminders;

/// <summary>Reminders' options, store and service; the service runs only while Reminders:Smtp:Host is set.</summary>
public static class RemindersExtensions
{
    public static void AddRegistryReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ReminderOptions>(ReminderOptions.Section);
        builder.Services.AddLocalization();
        builder.Services.AddScoped<ReminderStore>();
        builder.Services.AddScoped<AgencyContacts>();
        builder.Services.AddScoped<DevContacts>();
        builder.Services.AddScoped<ReminderSources>();
        builder.Services.AddScoped<ReminderMessages>();
        builder.Services.AddScoped<ReminderScanner>();
        builder.Services.AddScoped<ReminderSender>();
        builder.Services.AddScoped<ReminderCycle>();
        if (builder.Configuration.Settings<ReminderOptions>(ReminderOptions.Section).Enabled)
            builder.Services.AddHostedService<ReminderWorker>();
    }
}
