using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoopRegistry.Web.Tests.Hosting;

/// <summary>An environment by name, for the checks that differ between Development and the rest.</summary>
public sealed class HostEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;
    public string ApplicationName { get; set; } = "CoopRegistry.Web";
    public string ContentRootPath { get; set; } = "/";
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
