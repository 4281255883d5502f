
namespace CoopRegistry.Identity.Hosting;

/// <summary>Connection strings. Section "ConnectionStrings".</summary>
public sealed class IdentityDatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Identity is required: the PostgreSQL connection string (env ConnectionStrings__Identity)")]
    public string Identity { get; set; } = "";
}
