namespace CoopRegistry.Server.Audit;

/// <summary>The key that signs audit checkpoints, and how often entries left unchained are swept. Section "Audit".</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// PEM file of the ECDSA P-256 private key (PKCS#8 or SEC 1, unencrypted) that signs
    /// checkpoints; required outside Development. Checkpoints verify only as long as it is kept.
    /// </summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>Development only: where a generated key is kept, so checkpoints still verify after a restart.</summary>
    [Required(ErrorMessage = "Audit:DataFolder is required")]
    public string DataFolder { get; set; } = ".data/audit";

    /// <summary>How often <see cref="AuditLeftoverSweep"/> chains entries a stopped process left unchained (also once at start).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Audit:LeftoverSweepInterval must be between 1 second and 1 day")]
    public TimeSpan LeftoverSweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
