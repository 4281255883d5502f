using CoopRegistry.Contracts.V1;
using CoopRegistry.EndToEnd.Tests.Auth;
using Grpc.Core;
using Grpc.Net.Client;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>
/// After `migrate` (what `./coop up` runs), the records written from the source documents can be
/// listed and found by text, partner and field — through real tokens against the running registry.
/// </summary>
public class SeededRecordsTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private async Task<GrpcChannel> ChannelFor(string clientId) =>
        stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, TokenRequests.DevClients.Single(c => c.ClientId == clientId)));

    [Fact]
    public async Task The_department_of_foreign_affairs_finds_seeded_agreements_by_text_partner_and_field()
    {
        using var channel = await ChannelFor("vn30-so-ngoai-vu");
        var agreements = new AgreementService.AgreementServiceClient(channel);

        // Accent-free text finds "Biên bản ghi nhớ hợp tác giữa tỉnh Gia Lai và tỉnh Attapeu …".
        var byText = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "\"bien ban ghi nho\" AND \"attapeu\"" });
        Assert.Contains(byText.Agreements, a => a.Name == "agreements/vn30-laat-mou-2025-2030");

        var byPartner = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "partner_province = \"provinces/KH-16\"", PageSize = 100 });
        Assert.Contains(byPartner.Agreements, a => a.Name == "agreements/vn30-kh16-minutes-2022-2025");
        Assert.DoesNotContain(byPartner.Agreements, a => a.Name == "agreements/vn30-laat-mou-2025-2030");

        var byField = await agreements.ListAgreementsAsync(new ListAgreementsRequest
        {
            Filter = "fields:COOPERATION_FIELD_PEOPLE_TO_PEOPLE AND state = AGREEMENT_STATE_IN_FORCE",
        });
        Assert.Equal(["agreements/vn30-kh16-ket-nghia-lang-bien-gioi"], byField.Agreements.Select(a => a.Name));
    }

    [Fact]
    public async Task Seeded_events_plans_and_directives_are_listed_and_linked()
    {
        using var channel = await ChannelFor("vn30-so-ngoai-vu");
        var events = await new EventService.EventServiceClient(channel)
            .ListEventsAsync(new ListEventsRequest { Filter = "\"xuc tien dau tu\" AND kind = EVENT_KIND_CONFERENCE" });
        Assert.Contains(events.Events, e => e.Name == "events/vn30-stung-treng-investment-conference");

        var plans = await new PlanService.PlanServiceClient(channel)
            .ListPlansAsync(new ListPlansRequest { Filter = "partner_province = \"provinces/LA-AT\"" });
        Assert.Contains(plans.Plans, p => p.Name == "plans/vn30-hop-tac-nam-lao-dong-bac-campuchia-2025");

        var directives = await new DirectiveService.DirectiveServiceClient(channel).ListDirectivesAsync(new ListDirectivesRequest { PageSize = 100 });
        Assert.NotEmpty(directives.Directives);
        Assert.Contains(directives.Directives, d => d.LinkedRecords.Count > 0);
    }

    [Fact]
    public async Task Seeded_commitments_are_listed_by_lead_deadline_and_partner()
    {
        using var channel = await ChannelFor("vn30-so-ngoai-vu");
        var commitments = new CommitmentService.CommitmentServiceClient(channel);

        // Gia Lai's workload from its four documents (and the Attapeu MOU), loaded by `migrate`.
        var home = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "home_province = \"provinces/VN-30\"", PageSize = 1 });
        Assert.Equal(94, home.TotalSize);

        // The four monthly reports "trước ngày 20 hằng tháng" of 11/5/2026: Sở Công Thương's among them.
        var monthly = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest
        {
            Filter = "lead_agency = \"agencies/vn30-so-cong-thuong\" AND recurring = true",
        });
        Assert.Equal(["commitments/vn30-lt26-18-bao-cao-thang-so-cong-thuong"], monthly.Commitments.Select(c => c.Name));

        // "chậm nhất ngày 05/9/2025": still on time at the end of 5/9, overdue at the end of 6/9 (local days).
        var late = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "overdue_on = 2025-09-06", PageSize = 1000 });
        Assert.Contains(late.Commitments, c => c.Name == "commitments/vn30-lt25-08-van-ban-gui-ratanakiri");
        var onTime = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = "overdue_on = 2025-09-05", PageSize = 1000 });
        Assert.DoesNotContain(onTime.Commitments, c => c.Name == "commitments/vn30-lt25-08-van-ban-gui-ratanakiri");

        // Ratanakiri's system sees its own commitment in the minutes, not Gia Lai's internal tasks.
        using var partner = await ChannelFor("kh16-chinh-quyen-tinh");
        var seen = await new CommitmentService.CommitmentServiceClient(partner).ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 1000 });
        Assert.Contains(seen.Commitments, c => c.Name == "commitments/vn30-lt25-10-ratanakiri-bao-dam-luu-thong-hang-hoa");
        Assert.DoesNotContain(seen.Commitments, c => c.Name == "commitments/vn30-nq59-18-ra-soat-thoa-thuan-quoc-te");
    }

    [Fact]
    public async Task A_partner_province_sees_only_the_seeded_records_it_is_party_to()
    {
        using var channel = await ChannelFor("kh16-chinh-quyen-tinh");
        var agreements = new AgreementService.AgreementServiceClient(channel);
        var visible = await agreements.ListAgreementsAsync(new ListAgreementsRequest { PageSize = 1000 });
        Assert.Contains(visible.Agreements, a => a.Name == "agreements/vn30-kh16-minutes-2022-2025");
        Assert.DoesNotContain(visible.Agreements, a => a.Name == "agreements/vn30-laat-mou-2025-2030");
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await agreements.GetAgreementAsync(new GetAgreementRequest { Name = "agreements/vn30-laat-mou-2025-2030" }));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
