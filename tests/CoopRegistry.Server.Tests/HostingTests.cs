using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Server.Tests.Fixtures;
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
        var body = await http.GetFromJsonAsync<JsonElement>("/v1/provinces?filter=country_code%20%3D%20%22LA%22&pageSize=10");
        var provinces = body.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(4, provinces.Count(p => p.GetProperty("countryCode").GetString() == "LA"));
        Assert.All(provinces, p => Assert.StartsWith("provinces/LA-", p.GetProperty("name").GetString()));

        var agency = await http.GetFromJsonAsync<JsonElement>("/v1/" + Uri.EscapeDataString("provinces/KH-16").Replace("%2F", "/"));
        Assert.Equal("KH-16", agency.GetProperty("province").GetProperty("code").GetString());
    }
}
