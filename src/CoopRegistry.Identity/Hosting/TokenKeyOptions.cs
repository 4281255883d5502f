
namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// Where the signing and encryption keys come from. Section "Identity", bound apart from
/// <see cref="TokenServiceOptions"/> so that `migrate` (which never signs) does not need them.
/// </summary>
public sealed class TokenKeyOptions
{
    /// <summary>Development only: where the generated keys are kept so that tokens survive a restart.</summary>
    [Required(ErrorMessage = "Identity:DataFolder is required")]
    public string DataFolder { get; set; } = ".data/identity";

    /// <summary>PEM file of the RSA key that signs tokens; required outside Development.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>PEM file of the RSA key OpenIddict encrypts its own artefacts with; required outside Development.</summary>
    public string? EncryptionKeyPath { get; set; }
}
