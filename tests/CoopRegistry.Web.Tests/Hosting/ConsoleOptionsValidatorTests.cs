using CoopRegistry.Hosting;
using CoopRegistry.Web.Hosting;

namespace CoopRegistry.Web.Tests.Hosting;

public class ConsoleOptionsValidatorTests
{
    private static readonly HostEnvironment Production = new("Production");
    private static readonly HostEnvironment Development = new("Development");

    private static ConsoleOptions Remote() => new()
    {
        Url = "http://0.0.0.0:5083",
        Authority = "http://login.example.gov.vn",
        RegistryUrl = "https://registry.example.gov.vn",
        DataFolder = Directory.CreateTempSubdirectory("coop-console-keys-").FullName,
    };

    [Fact]
    public void Outside_Development_cleartext_off_this_machine_is_refused_naming_each_setting()
    {
        var result = new ConsoleOptionsValidator(Production).Validate(null, Remote());
        Assert.True(result.Failed);
        Assert.Contains("Console:Authority", result.FailureMessage);
        Assert.DoesNotContain("Console:RegistryUrl", result.FailureMessage);
        // Where it listens is the shared rule's to judge, as for the registry and the token service.
        var listen = new ListenValidator<ConsoleOptions>(Production, "the console").Validate(null, Remote());
        Assert.Contains("Console:Url", listen.FailureMessage);
    }

    [Fact]
    public void Outside_Development_the_key_folder_is_required_and_must_exist()
    {
        var unset = new ConsoleOptions { DataFolder = null };
        Assert.Contains("Console:DataFolder is required", new ConsoleOptionsValidator(Production).Validate(null, unset).FailureMessage);
        var missing = new ConsoleOptions { DataFolder = "/nonexistent/coop-console-keys" };
        Assert.Contains("does not exist", new ConsoleOptionsValidator(Production).Validate(null, missing).FailureMessage);
    }

    [Fact]
    public void Loopback_http_with_a_key_folder_passes_everywhere_and_anything_passes_in_Development()
    {
        var local = new ConsoleOptions { DataFolder = Remote().DataFolder };
        Assert.True(new ConsoleOptionsValidator(Production).Validate(null, local).Succeeded);
        Assert.True(new ListenValidator<ConsoleOptions>(Production, "the console").Validate(null, local).Succeeded);
        Assert.True(new ConsoleOptionsValidator(Development).Validate(null, new ConsoleOptions { Url = "http://0.0.0.0:5083", Authority = "http://login.example.gov.vn" }).Succeeded);
    }
}
