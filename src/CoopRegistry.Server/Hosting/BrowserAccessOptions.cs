namespace CoopRegistry.Server.Hosting;

/// <summary>Which browser apps may call the registry (gRPC-Web and JSON) from their own origin. Section "Registry:Cors".</summary>
public sealed class BrowserAccessOptions : IValidatableObject
{
    public const string Section = "Registry:Cors";

    /// <summary>Origins such as https://partner.example.gov.vn; empty (the default) sends no CORS headers at all.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            // An origin is scheme://host[:port] and nothing more; a wildcard would let any site act with a stolen token.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.AbsolutePath != "/" || origin.EndsWith('/') || !string.IsNullOrEmpty(uri.Query))
                yield return new ValidationResult($"{Section}:AllowedOrigins: '{origin}' is not an origin such as https://partner.example.gov.vn (no path, no wildcard)");
        }
    }
}
