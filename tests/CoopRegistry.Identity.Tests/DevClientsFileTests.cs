using System.Text.Json;
using System.Text.Json.Nodes;
using CoopRegistry.Identity.Clients;
using CoopRegistry.Testing;

namespace CoopRegistry.Identity.Tests;

/// <summary>seeds/dev-clients.json: the repository's file is sound, and a bad record is refused naming the file and the record.</summary>
public class DevClientsFileTests
{
    [Fact]
    public void Every_dev_client_speaks_for_a_seeded_agency_of_its_own_province()
    {
        using var agencies = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "agencies.json")));
        var provinceOf = agencies.RootElement.GetProperty("agencies").EnumerateArray()
            .ToDictionary(a => "agencies/" + a.GetProperty("id").GetString(), a => a.GetProperty("province").GetString());
        Assert.All(IdentityFixture.DevClients, client =>
        {
            Assert.True(provinceOf.ContainsKey(client.Agency), $"{client.ClientId}: {client.Agency} is not in seeds/agencies.json");
            Assert.Equal(provinceOf[client.Agency], client.Province);
        });
    }

    [Theory]
    [InlineData("VN-30", RegistryScopes.Manage)]
    [InlineData("VN-30", RegistryScopes.Report)]
    [InlineData("VN-30", RegistryScopes.Audit)]
    [InlineData("VN-30", RegistryScopes.Admin)]
    [InlineData("KH-16", RegistryScopes.Read)]
    [InlineData("LA-AT", RegistryScopes.Read)]
    [InlineData("VN-09", RegistryScopes.Manage)]
    public void The_file_has_a_client_for_each_role_the_tests_and_demos_need(string province, string scope) =>
        Assert.Contains(IdentityFixture.DevClients, c => c.Province == province && c.Scopes.Contains(scope));

    [Fact]
    public void The_copy_built_into_the_binary_matches_the_file()
    {
        Assert.Equal(
            IdentityFixture.DevClients.Select(c => (c.ClientId, c.ClientSecret)),
            DevClientsFile.ReadEmbedded().Select(c => (c.ClientId, c.ClientSecret)));
    }

    [Theory]
    [InlineData("scopes", "[\"registry.everything\"]", "scopes: 'registry.everything' is not one of")]
    [InlineData("scopes", "[]", "scopes: at least one scope")]
    [InlineData("agency", "\"vn30-so-tai-chinh\"", "agency: 'vn30-so-tai-chinh' is not a resource name")]
    [InlineData("province", "\"Gia Lai\"", "province: 'Gia Lai' is not a province code")]
    [InlineData("client_secret", "\"hunter2-but-long-enough-to-pass\"", "client_secret: must start with 'dev-only-'")]
    [InlineData("client_id", "\"vn30-so-ngoai-vu\"", "client_id: appears twice")]
    public void A_bad_record_is_refused_naming_the_file_the_record_and_the_field(string field, string json, string expected)
    {
        var path = DevClientFiles.CopyWith(clients => DevClientFiles.Client(clients, "vn30-so-tai-chinh")[field] = JsonNode.Parse(json));
        var error = Assert.Throws<DevSeedException>(() => DevClientsFile.Read(path));
        Assert.StartsWith($"{path}: record #3 (", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("{\"client_id\": \"x\"}", "not a JSON array of clients")]
    [InlineData("[{\"client_id\": \"abc\"}]", "not a JSON array of clients")]
    [InlineData("[]", "the file holds no clients")]
    [InlineData("[{\"client_id\": \"abc\", \"client_secret\": \"dev-only-secret-abcdefghijkl\", \"agency\": \"agencies/a\", \"province\": \"VN-30\", \"scopes\": [\"registry.read\"], \"display_name\": \"A\", \"colour\": \"red\"}]", "not a JSON array of clients")]
    public void A_malformed_file_is_refused_naming_it(string json, string expected)
    {
        var path = DevClientFiles.Write(json);
        var error = Assert.Throws<DevSeedException>(() => DevClientsFile.Read(path));
        Assert.StartsWith(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<DevSeedException>(() => DevClientsFile.Read("/nowhere/dev-clients.json"));
        Assert.Equal("/nowhere/dev-clients.json: file not found", error.Message);
    }
}
