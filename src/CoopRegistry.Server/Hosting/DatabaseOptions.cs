namespace CoopRegistry.Server.Hosting;

/// <summary>Connection strings. Section "ConnectionStrings".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Registry is required: the PostgreSQL connection string (env ConnectionStrings__Registry)")]
    public string Registry { get; set; } = "";

    /// <summary>
    /// A streaming replica of the same database, for DirectoryService's reads (<see cref="ReadReplica"/>);
    /// empty: every call goes to the primary.
    /// </summary>
    public string RegistryReadOnly { get; set; } = "";
}
