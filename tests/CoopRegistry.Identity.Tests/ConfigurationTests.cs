namespace CoopRegistry.Identity.Tests;

/// <summary>A missing or wrong setting stops the token service at start-up with a message naming it.</summary>
public class ConfigurationTests
{
    [Theory]
    [InlineData("ConnectionStrings:Identity", "", "ConnectionStrings:Identity is required")]
    [InlineData("Identity:Url", "not a url", "Identity:Url must be an absolute")]
    [InlineData("Identity:AccessTokenLifetime", "00:00:10", "Identity:AccessTokenLifetime must be between")]
    public void A_bad_setting_stops_start_up_naming_it(string key, string value, string expected)
    {
        var error = RefusedStart.Of("Development", new Dictionary<string, string?> { [key] = value });
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Outside_development_the_key_files_are_required()
    {
        var error = RefusedStart.Of("Production", new Dictionary<string, string?>());
        Assert.Contains("Identity:SigningKeyPath is required outside Development", error.Message);
        Assert.Contains("Identity:EncryptionKeyPath is required outside Development", error.Message);
    }

    [Fact]
    public void A_key_file_that_does_not_exist_is_named()
    {
        var settings = PemFiles.ProductionKeys();
        settings["Identity:SigningKeyPath"] = "/nowhere/signing.pem";
        var error = RefusedStart.Of("Production", settings);
        Assert.Contains("Identity:SigningKeyPath: '/nowhere/signing.pem' does not exist", error.Message);
    }
}
