using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace CoopRegistry.Server.Tests;

/// <summary>Health, reflection and JSON transcoding on a registry with a working database.</summary>
public class HostingTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task Health_is_serving_while_the_database_answers()
    {
        var response = await new Health.HealthClient(registry.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_registry_services()
    {
        using var call = new ServerReflection.ServerReflectionClient(registry.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("coopregistry.v1.DirectoryService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task Directory_is_served_as_json_over_http()
    {
        using var http = registry.Factory.CreateClient();
        var anonymous = await http.GetAsync("/v1/provinces");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);

        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.Ratanakiri));
        var body = await http.GetFromJsonAsync<JsonElement>("/v1/provinces?filter=country_code%20%3D%20%22LA%22&pageSize=10");
        var provinces = body.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(4, provinces.Count(p => p.GetProperty("countryCode").GetString() == "LA"));
        Assert.All(provinces, p => Assert.StartsWith("provinces/LA-", p.GetProperty("name").GetString()));

        var province = await http.GetFromJsonAsync<JsonElement>("/v1/provinces/KH-16");
        Assert.Equal("KH-16", province.GetProperty("province").GetProperty("code").GetString());

        // A bare word is a valid search (AIP-160); an unknown field is not.
        var invalid = await http.GetAsync("/v1/provinces?filter=nonsense%20%3D%201");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
        var error = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(error.GetProperty("details").EnumerateArray(), d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.BadRequest"));
    }
}
