namespace CoopRegistry.Server.Audit;

/// <summary>The key that signs audit checkpoints. Section "Audit".</summary>
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
}
