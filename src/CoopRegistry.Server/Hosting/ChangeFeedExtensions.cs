using CoopRegistry.Hosting;
using CoopRegistry.Server.ChangeFeed;

namespace CoopRegistry.Server.Hosting;

/// <summary>The change feed: its options, this process's LISTEN connection and the signal it pulses, the watcher bound (its reader is a registry store).</summary>
public static class ChangeFeedExtensions
{
    public static void AddRegistryChangeFeed(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ChangeFeedOptions>(ChangeFeedOptions.Section);
        builder.Services.AddSingleton<ChangeSignal>();
        builder.Services.AddSingleton<WatcherLimit>();
        builder.Services.AddSingleton<ChangeCursorSeal>();
        builder.Services.AddHostedService<ChangeNotifications>();
    }
}
