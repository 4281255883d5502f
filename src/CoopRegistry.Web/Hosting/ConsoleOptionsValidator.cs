using Microsoft.Extensions.Options;

namespace CoopRegistry.Web.Hosting;

/// <summary>
/// Outside Development nothing a person's session carries travels in cleartext off this machine:
/// the console itself listens on http:// only on loopback (behind a TLS proxy), and the token service
/// and registry are https:// unless on loopback. Plain http:// everywhere is for Development.
/// </summary>
public sealed class ConsoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<ConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        if (environment.IsDevelopment())
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        Check("Console:Url", options.Url, errors);
        Check("Console:Authority", options.Authority, errors);
        Check("Console:RegistryUrl", options.RegistryUrl, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(string setting, string value, List<string> errors)
    {
        // A malformed URL is the [Url] attribute's error already.
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            errors.Add($"{setting} '{value}' is cleartext http:// on a non-loopback address: outside Development use https:// (or loopback behind a TLS proxy)");
    }
}
