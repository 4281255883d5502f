using System.Net;
using System.Text.Json;

namespace CoopRegistry.Server.Tests.OpenApi;

/// <summary>The JSON side's OpenAPI document lists every route, the writes included, each on the path a caller requests.</summary>
public class OpenApiDocumentTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    public static TheoryData<string> Collections => new() { "agreements", "plans", "events", "directives", "commitments" };

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task The_document_lists_the_writes_of_each_collection(string collection)
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        Assert.True(paths.GetProperty($"/v1/{collection}").TryGetProperty("post", out _), $"POST /v1/{collection}");
        var single = Singular(collection);
        var item = paths.GetProperty($"/v1/{collection}/{{{single}.name}}");
        Assert.True(item.TryGetProperty("patch", out var patch), $"PATCH /v1/{collection}/{{{single}.name}}");
        Assert.True(patch.TryGetProperty("requestBody", out _));
        // Commitments are closed (cancelled, waived), never deleted.
        Assert.Equal(collection != "commitments", paths.GetProperty($"/v1/{collection}/{{name}}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty($"/v1/{collection}/{{name}}").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task Development_has_a_page_to_browse_it()
    {
        using var http = registry.Factory.CreateClient();
        using var page = await http.GetAsync("/openapi/index.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("swagger-ui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var http = registry.Factory.CreateClient();
        using var answer = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Singular(string collection) => collection[..^1];
}
