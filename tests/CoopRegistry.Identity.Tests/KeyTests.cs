using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Identity.Keys;

namespace CoopRegistry.Identity.Tests;

/// <summary>Signing keys: kept in the data folder in Development so tokens survive a restart; from PEM files elsewhere.</summary>
public class KeyTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task A_restart_over_the_same_data_folder_publishes_the_same_key_and_accepts_earlier_tokens()
    {
        var dofa = IdentityFixture.DevClient("vn30-so-ngoai-vu");
        var token = await TokenClient.AccessTokenAsync(identity.Http, dofa.ClientId, dofa.ClientSecret);
        Assert.True(File.Exists(Path.Combine(identity.Factory.DataFolder, ServerKeysSetup.SigningKeyFile)));

        await using var restarted = new IdentityFactory(identity.ConnectionString, dataFolder: identity.Factory.DataFolder);
        using var http = restarted.CreateClient();
        Assert.Equal(await KeyIdAsync(identity.Http), await KeyIdAsync(http));
        Assert.Equal(Jwt.Header(token).GetProperty("kid").GetString(), await KeyIdAsync(http));
        Assert.True((await Jwt.ValidateAsync(http, token)).IsValid);
    }

    [Fact]
    public async Task Another_data_folder_means_another_key()
    {
        await using var elsewhere = new IdentityFactory(identity.ConnectionString);
        using var http = elsewhere.CreateClient();
        Assert.NotEqual(await KeyIdAsync(identity.Http), await KeyIdAsync(http));
    }

    [Fact]
    public async Task Configured_pem_files_win_and_their_key_id_is_the_key_thumbprint()
    {
        var settings = PemFiles.ProductionKeys();
        await using var configured = new IdentityFactory(identity.ConnectionString, settings: settings);
        using var http = configured.CreateClient();
        var expected = PemKeys.Load(settings["Identity:SigningKeyPath"]!).KeyId;
        Assert.Equal(expected, await KeyIdAsync(http));
        Assert.Empty(Directory.GetFiles(configured.DataFolder));
    }

    private static async Task<string> KeyIdAsync(HttpClient http)
    {
        var keys = await http.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        return Assert.Single(keys.GetProperty("keys").EnumerateArray()).GetProperty("kid").GetString()!;
    }
}
