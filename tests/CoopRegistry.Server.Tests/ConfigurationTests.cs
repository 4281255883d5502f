namespace CoopRegistry.Server.Tests;

/// <summary>A missing or wrong setting stops the registry at start-up with a message naming it.</summary>
public class ConfigurationTests
{
    [Theory]
    [InlineData("ConnectionStrings:Registry", "", "ConnectionStrings:Registry is required")]
    [InlineData("ConnectionStrings:Registry", "Host=127.0.0.1;Pooling=false", "calls must queue for a pooled connection")]
    [InlineData("ConnectionStrings:Registry", "Host=127.0.0.1;Maximum Pool Size=2", "Maximum Pool Size is 2; at least 4")]
    [InlineData("ConnectionStrings:Registry", "Host=127.0.0.1;Colour=blue", "not a valid Npgsql connection string")]
    [InlineData("Registry:GrpcUrl", "not a url", "Registry:GrpcUrl must be an absolute")]
    [InlineData("Registry:ClientStatusRefresh", "00:00:00", "Registry:ClientStatusRefresh must be a TimeSpan between")]
    [InlineData("Telemetry:Exporter", "carrier-pigeon", "Telemetry:Exporter must be none, console or otlp")]
    public void A_bad_setting_stops_start_up_naming_it(string key, string value, string expected)
    {
        var error = RefusedStart.Of("Development", new Dictionary<string, string?> { [key] = value });
        Assert.Contains(expected, error.Message);
    }
}
