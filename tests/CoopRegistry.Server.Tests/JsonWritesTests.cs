using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoopRegistry.Domain.Access;
using Google.Protobuf;
using static CoopRegistry.Server.Tests.Agreements.Agreements;

namespace CoopRegistry.Server.Tests;

/// <summary>Writes over JSON (AIP-133/134/135 HTTP bindings): the same methods, rules and answers as over gRPC.</summary>
public class JsonWritesTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task An_agreement_is_created_updated_and_withdrawn_over_json()
    {
        using var http = ClientFor(TestCallers.ForeignAffairs);

        using var created = await http.PostAsync("/v1/agreements?agreementId=vn-30-json-written", Json(New("Ghi nhớ qua JSON")));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var agreement = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreement");
        Assert.Equal("agreements/vn-30-json-written", agreement.GetProperty("name").GetString());

        var patch = JsonContent.Create(new { title = "Ghi nhớ sửa qua JSON", etag = agreement.GetProperty("etag").GetString() });
        using var updated = await http.PatchAsync("/v1/agreements/vn-30-json-written?updateMask=title", patch);
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        var after = (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreement");
        Assert.Equal("Ghi nhớ sửa qua JSON", after.GetProperty("title").GetString());

        using var deleted = await http.DeleteAsync($"/v1/agreements/vn-30-json-written?reason=test&etag={Uri.EscapeDataString(after.GetProperty("etag").GetString()!)}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var withdrawn = (await deleted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreement");
        Assert.True(withdrawn.TryGetProperty("deleteTime", out _));
    }

    [Fact]
    public async Task A_caller_without_the_manage_scope_is_refused_over_json_as_over_grpc()
    {
        using var http = ClientFor(TestCallers.Ratanakiri);

        using var refused = await http.PostAsync("/v1/agreements", Json(New("Không được phép")));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private HttpClient ClientFor(Caller caller)
    {
        var http = registry.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(caller));
        return http;
    }

    private static StringContent Json(IMessage message) => new(JsonFormatter.Default.Format(message), Encoding.UTF8, "application/json");
}
