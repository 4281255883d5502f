namespace CoopRegistry.Server.Hosting;

/// <summary>Connection strings. Section "ConnectionStrings".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Registry is required: the PostgreSQL connection string (env ConnectionStrings__Registry)")]
    public string Registry { get; set; } = "";
}
