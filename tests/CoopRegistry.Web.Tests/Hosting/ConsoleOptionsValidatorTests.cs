using CoopRegistry.Web.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoopRegistry.Web.Tests.Hosting;

public class ConsoleOptionsValidatorTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "CoopRegistry.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static readonly ConsoleOptions Remote = new()
    {
        Url = "http://0.0.0.0:5083",
        Authority = "http://login.example.gov.vn",
        RegistryUrl = "https://registry.example.gov.vn",
    };

    [Fact]
    public void Outside_Development_cleartext_off_this_machine_is_refused_naming_each_setting()
    {
        var result = new ConsoleOptionsValidator(new Environment("Production")).Validate(null, Remote);
        Assert.True(result.Failed);
        Assert.Contains("Console:Url", result.FailureMessage);
        Assert.Contains("Console:Authority", result.FailureMessage);
        Assert.DoesNotContain("Console:RegistryUrl", result.FailureMessage);
    }

    [Fact]
    public void Loopback_http_passes_everywhere_and_anything_passes_in_Development()
    {
        Assert.True(new ConsoleOptionsValidator(new Environment("Production")).Validate(null, new ConsoleOptions()).Succeeded);
        Assert.True(new ConsoleOptionsValidator(new Environment("Development")).Validate(null, Remote).Succeeded);
    }
}
