using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Directives;

/// <summary>Directives withdrawn and restored, listed by kind, issuer and date in pages, and served as JSON over HTTP.</summary>
public class DirectiveListingTests(RegistryFixture registry) : DirectiveTestBase(registry), IClassFixture<RegistryFixture>
{
    [Fact]
    public async Task Withdraws_lists_with_show_deleted_and_undeletes()
    {
        var subject = "Công văn rút lại " + Guid.NewGuid();
        var created = await CreateAsync(Notice(subject: subject));
        var filter = $"subject = \"{subject}\"";

        var withdrawn = (await directives.DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name, Etag = created.Etag, Reason = "Ban hành nhầm" })).Directive;
        Assert.NotNull(withdrawn.DeleteTime);
        Assert.Equal("Ban hành nhầm", withdrawn.WithdrawalReason);
        Assert.Empty((await directives.ListDirectivesAsync(new ListDirectivesRequest { Filter = filter })).Directives);
        Assert.Single((await directives.ListDirectivesAsync(new ListDirectivesRequest { Filter = filter, ShowDeleted = true })).Directives);
        Assert.NotNull((await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = created.Name })).Directive.DeleteTime);

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = new Directive { Name = created.Name, Summary = "x" }, UpdateMask = new FieldMask { Paths = { "summary" } } }));
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await directives.DeleteDirectiveAsync(new DeleteDirectiveRequest { Name = created.Name, Reason = "lần nữa" }));

        var restored = (await directives.UndeleteDirectiveAsync(new UndeleteDirectiveRequest { Name = created.Name, Etag = withdrawn.Etag })).Directive;
        Assert.Null(restored.DeleteTime);
        Assert.Equal("", restored.WithdrawalReason);
        Assert.Single((await directives.ListDirectivesAsync(new ListDirectivesRequest { Filter = filter })).Directives);
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await directives.UndeleteDirectiveAsync(new UndeleteDirectiveRequest { Name = created.Name }));
    }

    [Fact]
    public async Task Lists_by_kind_issuer_and_date_in_pages()
    {
        var issuer = "agencies/vn30-van-phong-ubnd";
        var day = new Date { Year = 2024, Month = 12, Day = Random.Shared.Next(1, 28) };
        var names = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var directive = Notice(subject: $"Quyết định {i}");
            directive.Kind = DirectiveKind.Decision;
            directive.Issuer = issuer;
            directive.IssueDate = day;
            names.Add((await CreateAsync(directive)).Name);
        }

        var filter = $"kind = DIRECTIVE_KIND_DECISION AND issuer = \"{issuer}\" AND issue_date = \"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}\" AND home_province = \"provinces/VN-30\"";
        var seen = new List<string>();
        var request = new ListDirectivesRequest { Filter = filter, PageSize = 2, OrderBy = "subject desc" };
        do
        {
            var page = await directives.ListDirectivesAsync(request);
            Assert.Equal(5, page.TotalSize);
            seen.AddRange(page.Directives.Select(d => d.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        Assert.Equal(Enumerable.Reverse(names), seen);

        await RpcAssert.InvalidFieldAsync("filter", async () => await directives.ListDirectivesAsync(new ListDirectivesRequest { Filter = "issue_date = \"10/9/2025\"" }));
        await RpcAssert.InvalidFieldAsync("filter", async () => await directives.ListDirectivesAsync(new ListDirectivesRequest { Filter = "issuer = \"vn30-ubnd\"" }));
        await RpcAssert.InvalidFieldAsync("order_by", async () => await directives.ListDirectivesAsync(new ListDirectivesRequest { OrderBy = "signer" }));
    }

    [Fact]
    public async Task Directives_are_served_as_json_over_http()
    {
        var created = await CreateAsync(Notice(subject: "Thông báo JSON " + Guid.NewGuid()));
        using var http = Registry.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/v1/directives")).StatusCode);

        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.ForeignAffairs));
        var one = await http.GetFromJsonAsync<JsonElement>("/v1/" + created.Name);
        Assert.Equal(created.Subject, one.GetProperty("directive").GetProperty("subject").GetString());
        Assert.Equal("DIRECTIVE_KIND_CONCLUSION_NOTICE", one.GetProperty("directive").GetProperty("kind").GetString());

        var list = await http.GetFromJsonAsync<JsonElement>("/v1/directives?filter=" + Uri.EscapeDataString($"subject = \"{created.Subject}\""));
        Assert.Equal(created.Name, Assert.Single(list.GetProperty("directives").EnumerateArray().ToList()).GetProperty("name").GetString());

        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.Ratanakiri));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/v1/" + created.Name)).StatusCode);
    }
}
