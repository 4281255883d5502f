using Microsoft.Extensions.Options;

namespace CoopRegistry.Hosting;

/// <summary>
/// Options checked outside Development only (Development runs on generated keys and plain
/// http://), reporting every problem at once so that one start names them all.
/// </summary>
public abstract class OutsideDevelopmentValidator<TOptions>(IHostEnvironment environment) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (environment.IsDevelopment())
            return ValidateOptionsResult.Success;
        var failures = Problems(options).OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with each setting checked: null where it is right.</summary>
    protected abstract IEnumerable<string?> Problems(TOptions options);

    /// <summary>
    /// A URL this host listens on or calls that would carry a secret in cleartext off the machine:
    /// http:// on a non-loopback address (a malformed URL is the [Url] attribute's error already).
    /// </summary>
    protected static string? CleartextProblem(string setting, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback
            ? $"{setting} '{url}' is cleartext http:// on a non-loopback address: outside Development use https:// (or loopback behind a TLS proxy)"
            : null;
}
