using CoopRegistry.Web.Hosting;
using CoopRegistry.Web.Sessions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoopRegistry.Web.Tests.Sessions;

public class SessionTokenStoreTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("coop-console-data-").FullName;

    // A store as a (re)started console makes it: the key ring read from the configured folder.
    private SessionTokenStore Store(string keys) => new(
        DataProtectionProvider.Create(new DirectoryInfo(keys), b => b.SetApplicationName("CoopRegistry.Web")),
        Options.Create(new ConsoleOptions { DataFolder = folder }), TimeProvider.System);

    [Fact]
    public void A_restarted_console_reads_the_sessions_last_refresh_token_with_the_same_keys_only()
    {
        Store(folder).Save("session-1", "refresh-1");
        Store(folder).Save("session-1", "refresh-2");

        Assert.Equal("refresh-2", Store(folder).Load("session-1"));
        Assert.Null(Store(folder).Load("session-2"));
        Assert.Null(Store(Directory.CreateTempSubdirectory("coop-other-keys-").FullName).Load("session-1"));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(folder, "sessions")), f => File.ReadAllText(f).Contains("refresh-2"));
    }

    [Fact]
    public void An_ended_session_leaves_nothing_to_resume()
    {
        Store(folder).Save("session-1", "refresh-1");
        Store(folder).Delete("session-1");
        Assert.Null(Store(folder).Load("session-1"));
    }
}
