namespace CoopRegistry.Web.Hosting;

/// <summary>
/// What the shared listen rules (CoopRegistry.Hosting's ListenValidator) do not cover: outside
/// Development the token service and registry are reached over https:// unless on loopback, and the
/// key folder is configured and exists (a generated one would sign everybody out at each restart).
/// </summary>
public sealed class ConsoleOptionsValidator(IHostEnvironment environment) : IValidateOptions<ConsoleOptions>
{
    public const string DataFolderSetting = $"{ConsoleOptions.Section}:{nameof(ConsoleOptions.DataFolder)}";

    public ValidateOptionsResult Validate(string? name, ConsoleOptions options)
    {
        if (environment.IsDevelopment())
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        Check("Console:Authority", options.Authority, errors);
        Check("Console:RegistryUrl", options.RegistryUrl, errors);
        if (string.IsNullOrWhiteSpace(options.DataFolder))
            errors.Add($"{DataFolderSetting} is required outside Development: the folder keeping the keys that seal people's sessions");
        else if (!Directory.Exists(options.DataFolder))
            errors.Add($"{DataFolderSetting}: '{options.DataFolder}' does not exist");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(string setting, string value, List<string> errors)
    {
        // A malformed URL is the [Url] attribute's error already.
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            errors.Add($"{setting} '{value}' is cleartext http:// on a non-loopback address: outside Development use https:// (or loopback)");
    }
}
