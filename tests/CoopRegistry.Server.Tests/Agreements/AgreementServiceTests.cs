using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using static CoopRegistry.Server.Tests.Agreements.Agreements;
using Model = CoopRegistry.Domain.Agreements.Agreement;

namespace CoopRegistry.Server.Tests.Agreements;

public class AgreementServiceTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly AgreementService.AgreementServiceClient agreements = new(registry.Channel);

    private async Task<Agreement> CreateAsync(Agreement agreement, string id) =>
        (await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = agreement, AgreementId = id })).Agreement;

    private async Task<int> CountAsync(string id)
    {
        await using var db = registry.CreateContext();
        return await db.Set<Model>().CountAsync(a => a.Id == id || a.Title == id);
    }

    [Fact]
    public async Task Create_returns_the_draft_with_names_and_get_reads_it_back()
    {
        var created = await CreateAsync(New("Biên bản ghi nhớ Gia Lai – Ratanakiri"), "vn-30-gl-rtk-created");
        Assert.Equal(("agreements/vn-30-gl-rtk-created", "provinces/VN-30", AgreementState.Draft), (created.Name, created.HomeProvince, created.State));
        Assert.Equal(["provinces/VN-30", "provinces/KH-16"], created.Parties.Select(p => p.Province));
        Assert.Equal([CooperationField.Trade, CooperationField.BorderGateLogistics], created.Fields);
        Assert.NotEmpty(created.Etag);
        Assert.Null(created.DeleteTime);

        var read = (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement;
        Assert.Equal(created, read);
    }

    [Fact]
    public async Task Create_retried_with_the_same_request_id_returns_the_first_and_creates_nothing()
    {
        var request = new CreateAgreementRequest { Agreement = New("retried-create"), RequestId = Guid.NewGuid().ToString() };
        var first = (await agreements.CreateAgreementAsync(request)).Agreement;
        var retry = (await agreements.CreateAgreementAsync(request)).Agreement;
        Assert.Equal(first.Name, retry.Name);
        Assert.Equal(1, await CountAsync("retried-create"));

        request.RequestId = Guid.NewGuid().ToString();
        await agreements.CreateAgreementAsync(request);
        Assert.Equal(2, await CountAsync("retried-create"));
    }

    [Fact]
    public async Task Validation_reports_every_bad_field_at_once()
    {
        var bad = New("");
        bad.Parties.Clear();
        bad.Parties.Add(new Party { Province = "provinces/KH-99", Role = PartyRole.Signatory });
        bad.Parties.Add(new Party { Agency = "nonsense", Role = PartyRole.Signatory });
        bad.Parties.Add(new Party { Role = PartyRole.Witness });
        bad.Kind = AgreementKind.Unspecified;
        bad.EffectiveDate = Day(2026, 1, 1);
        bad.ExpiryDate = Day(2025, 1, 1);

        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = bad }));
        var fields = status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        foreach (var field in new[] { "agreement.title", "agreement.kind", "agreement.parties[1].agency", "agreement.parties[2]", "agreement.expiry_date" })
            Assert.Contains(field, fields);

        var unknown = New("unknown-province", partner: "provinces/KH-99");
        var violation = await RpcAssert.InvalidFieldAsync("agreement.parties[1].province", async () => await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = unknown }));
        Assert.Contains("does not exist", violation.Description);

        var duplicate = New("duplicate-party", partner: "provinces/VN-30");
        await RpcAssert.InvalidFieldAsync("agreement.parties[1]", async () => await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = duplicate }));
        Assert.Equal(0, await CountAsync("unknown-province") + await CountAsync("duplicate-party"));
    }

    [Fact]
    public async Task Stale_etag_is_aborted_and_overwrites_nothing()
    {
        var created = await CreateAsync(New("etag-original"), "vn-30-etag-test");
        var mine = created.Clone();
        mine.Title = "first writer";
        var updated = (await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = mine, UpdateMask = new() { Paths = { "title" } } })).Agreement;
        Assert.NotEqual(created.Etag, updated.Etag);

        var stale = created.Clone();
        stale.Title = "second writer";
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = stale, UpdateMask = new() { Paths = { "title" } } }));
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () => await agreements.SignAgreementAsync(new SignAgreementRequest { Name = created.Name, Etag = created.Etag, SigningDate = Day(2025, 1, 1), Signatories = { Signs() } }));

        var read = (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement;
        Assert.Equal(("first writer", AgreementState.Draft, updated.Etag), (read.Title, read.State, read.Etag));
    }

    [Fact]
    public async Task Update_in_draft_changes_only_the_masked_fields()
    {
        var created = await CreateAsync(New("mask-original"), "vn-30-mask-test");
        var change = created.Clone();
        change.Title = "Thỏa thuận hợp tác đã sửa";
        change.Summary = "not in the mask";
        change.Level = CooperationLevel.Commune;
        var updated = (await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = change, UpdateMask = new() { Paths = { "title", "level" } } })).Agreement;
        Assert.Equal(("Thỏa thuận hợp tác đã sửa", CooperationLevel.Commune, created.Summary), (updated.Title, updated.Level, updated.Summary));
    }

    [Fact]
    public async Task Withdrawn_agreements_leave_lists_unless_asked_and_can_be_restored()
    {
        var created = await CreateAsync(New("withdrawn-agreement"), "vn-30-withdrawn-test");
        await RpcAssert.InvalidFieldAsync("reason", async () => await agreements.DeleteAgreementAsync(new DeleteAgreementRequest { Name = created.Name }));
        var withdrawn = (await agreements.DeleteAgreementAsync(new DeleteAgreementRequest { Name = created.Name, Etag = created.Etag, Reason = "nhập trùng" })).Agreement;
        Assert.Equal("nhập trùng", withdrawn.WithdrawalReason);
        Assert.NotNull(withdrawn.DeleteTime);

        var filter = "title = \"withdrawn-agreement\"";
        Assert.Empty((await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = filter })).Agreements);
        Assert.Single((await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = filter, ShowDeleted = true })).Agreements);
        Assert.NotNull((await agreements.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement.DeleteTime);
        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () => await agreements.SignAgreementAsync(new SignAgreementRequest { Name = created.Name, SigningDate = Day(2025, 1, 1), Signatories = { Signs() } }));
        Assert.Equal("WITHDRAWN", refused.GetDetail<ErrorInfo>().Reason);

        var restored = (await agreements.UndeleteAgreementAsync(new UndeleteAgreementRequest { Name = created.Name, Etag = withdrawn.Etag })).Agreement;
        Assert.Null(restored.DeleteTime);
        Assert.Single((await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = filter })).Agreements);
    }

    [Fact]
    public async Task Accent_free_and_Khmer_searches_find_their_agreements()
    {
        await CreateAsync(New("Thỏa thuận hợp tác phát triển thương mại biên giới"), "vn-30-search-vietnamese");
        var khmer = New("Biên bản làm việc với doanh nghiệp Campuchia");
        khmer.Parties.Add(new Party { Enterprise = "ក្រុមហ៊ុន រតនគិរី ពាណិជ្ជកម្ម", Role = PartyRole.Witness });
        await CreateAsync(khmer, "vn-30-search-khmer");
        await CreateAsync(New("Biên bản ghi nhớ về y tế"), "vn-30-search-other");

        var accentFree = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "\"thoa thuan hop tac\"" });
        Assert.Contains(accentFree.Agreements, a => a.Name == "agreements/vn-30-search-vietnamese");
        Assert.DoesNotContain(accentFree.Agreements, a => a.Name == "agreements/vn-30-search-other");

        var upper = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "\"THƯƠNG MẠI BIÊN GIỚI\" AND state = AGREEMENT_STATE_DRAFT" });
        Assert.Equal(["agreements/vn-30-search-vietnamese"], upper.Agreements.Select(a => a.Name));

        var script = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "\"រតនគិរី\"" });
        Assert.Equal(["agreements/vn-30-search-khmer"], script.Agreements.Select(a => a.Name));
    }

    [Fact]
    public async Task Filters_by_partner_field_level_and_state_and_pages_once_each()
    {
        await CreateAsync(New("filter attapeu", partner: "provinces/LA-AT", level: CooperationLevel.Province), "vn-30-filter-attapeu");
        var health = New("filter health");
        health.Fields.Clear();
        health.Fields.Add(CooperationField.Health);
        await CreateAsync(health, "vn-30-filter-health");

        var attapeu = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "partner_province = \"provinces/LA-AT\" AND level = COOPERATION_LEVEL_PROVINCE" });
        Assert.Equal(["agreements/vn-30-filter-attapeu"], attapeu.Agreements.Select(a => a.Name));
        var byField = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "fields = COOPERATION_FIELD_HEALTH", PageSize = 1000 });
        Assert.Contains(byField.Agreements, a => a.Name == "agreements/vn-30-filter-health");
        Assert.All(byField.Agreements, a => Assert.Contains(CooperationField.Health, a.Fields));
        await RpcAssert.InvalidFieldAsync("filter", async () => await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "colour = \"red\"" }));

        var seen = new List<string>();
        var request = new ListAgreementsRequest { PageSize = 2, OrderBy = "title desc" };
        int total;
        do
        {
            var page = await agreements.ListAgreementsAsync(request);
            total = page.TotalSize;
            seen.AddRange(page.Agreements.Select(a => a.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Partner_sees_only_agreements_its_province_is_party_to()
    {
        var attapeu = await CreateAsync(New("Gia Lai – Attapeu MOU", partner: "provinces/LA-AT"), "vn-30-visible-attapeu");
        var ratanakiri = await CreateAsync(New("Gia Lai – Ratanakiri minutes", partner: "provinces/KH-16"), "vn-30-visible-ratanakiri");
        var partner = Client(registry, TestCallers.Ratanakiri);

        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.GetAgreementAsync(new GetAgreementRequest { Name = attapeu.Name }));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.ListAgreementRevisionsAsync(new ListAgreementRevisionsRequest { Parent = attapeu.Name }));
        Assert.Equal(ratanakiri.Title, (await partner.GetAgreementAsync(new GetAgreementRequest { Name = ratanakiri.Name })).Agreement.Title);

        var listed = (await partner.ListAgreementsAsync(new ListAgreementsRequest { PageSize = 1000 })).Agreements.Select(a => a.Name).ToList();
        Assert.Contains(ratanakiri.Name, listed);
        Assert.DoesNotContain(attapeu.Name, listed);
        var filtered = await partner.ListAgreementsAsync(new ListAgreementsRequest { Filter = "partner_province = \"provinces/LA-AT\"" });
        Assert.Equal(0, filtered.TotalSize);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await partner.SignAgreementAsync(new SignAgreementRequest { Name = ratanakiri.Name, SigningDate = Day(2025, 1, 1), Signatories = { Signs() } }));
    }

    [Fact]
    public async Task Auditor_reads_everything_but_cannot_write_and_a_read_only_department_cannot_write()
    {
        var created = await CreateAsync(New("vn-30-audited", partner: "provinces/LA-AT"), "vn-30-audited");
        var auditor = Client(registry, TestCallers.Auditor);
        Assert.Equal(created.Name, (await auditor.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement.Name);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.CreateAgreementAsync(new CreateAgreementRequest { Agreement = New("by auditor") }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.DeleteAgreementAsync(new DeleteAgreementRequest { Name = created.Name, Reason = "x" }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await auditor.TerminateAgreementAsync(new TerminateAgreementRequest { Name = created.Name, Reason = "x" }));
        var department = Client(registry, TestCallers.Department);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () => await department.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = created }));
        Assert.Equal(AgreementState.Draft, (await agreements.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement.State);
    }

    [Fact]
    public async Task Agreements_are_served_as_json_over_http()
    {
        await CreateAsync(New("Thỏa thuận JSON", partner: "provinces/KH-16"), "vn-30-json-agreement");
        using var http = registry.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.Ratanakiri));

        var list = await http.GetFromJsonAsync<JsonElement>("/v1/agreements?filter=%22thoa%20thuan%20json%22&pageSize=10");
        var found = Assert.Single(list.GetProperty("agreements").EnumerateArray().ToList());
        Assert.Equal("agreements/vn-30-json-agreement", found.GetProperty("name").GetString());
        Assert.Equal("AGREEMENT_STATE_DRAFT", found.GetProperty("state").GetString());

        var one = await http.GetFromJsonAsync<JsonElement>("/v1/agreements/vn-30-json-agreement");
        Assert.Equal("Thỏa thuận JSON", one.GetProperty("agreement").GetProperty("title").GetString());
        var revisions = await http.GetFromJsonAsync<JsonElement>("/v1/agreements/vn-30-json-agreement/revisions");
        Assert.Equal(0, revisions.TryGetProperty("revisions", out var items) ? items.GetArrayLength() : 0);
    }
}
