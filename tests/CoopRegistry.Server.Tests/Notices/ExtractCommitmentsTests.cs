using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Directives;

namespace CoopRegistry.Server.Tests.Notices;

/// <summary>From a notice to its tasks (issue 24): drafts read against the directory, saved in one batch.</summary>
public class ExtractCommitmentsTests(RegistryFixture registry) : DirectiveTestBase(registry), IClassFixture<RegistryFixture>
{
    private const string NoticeText = """
        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh
        1. Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch hợp tác với tỉnh Attapeu, hoàn thành trước ngày 30/6/2026.
        2. Ban Quản lý Khu kinh tế rà soát hạ tầng cửa khẩu, báo cáo UBND tỉnh chậm nhất ngày 15/7/2026.
        Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
        """;

    private readonly CommitmentService.CommitmentServiceClient commitments = new(registry.Channel);

    [Fact]
    public async Task Drafts_from_text_name_lead_coordinators_deadline_and_span()
    {
        var drafts = (await directives.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Text = NoticeText })).Drafts;

        Assert.Equal(2, drafts.Count);
        var first = drafts[0];
        Assert.Equal("agencies/vn30-so-ngoai-vu", first.Commitment.LeadAgency);
        Assert.Equal(["agencies/vn30-so-tai-chinh"], first.Commitment.CoordinatingAgencies);
        Assert.Equal("trước ngày 30/6/2026", first.Commitment.Deadline.Text);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 6, Day = 30 }, first.Commitment.Deadline.Before);
        Assert.Equal("§1", first.Section);
        Assert.Equal(NoticeText.Substring(first.Span.Start, first.Span.Length), first.Span.Text);
        Assert.StartsWith("Giao Sở Ngoại vụ", first.Span.Text);
        // The board is named by its alias (seeds/agencies.json), read from the directory.
        Assert.Equal("agencies/vn30-ban-quan-ly-khu-kinh-te", drafts[1].Commitment.LeadAgency);
        Assert.Empty(drafts[1].Commitment.CoordinatingAgencies);
    }

    [Fact]
    public async Task A_directive_is_read_from_its_text_and_is_the_drafts_source()
    {
        var directive = await CreateAsync(WithText(Notice()));
        var drafts = (await directives.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Directive = directive.Name })).Drafts;
        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(directive.Name, d.Commitment.Source.Record));

        var bare = await CreateAsync(Notice());
        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await directives.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Directive = bare.Name }));
        await RpcAssert.InvalidFieldAsync("text", async () => await directives.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Text = " " }));
    }

    [Fact]
    public async Task Only_managers_extract_and_save()
    {
        var department = new DirectiveService.DirectiveServiceClient(Registry.ChannelWith(TestTokens.For(TestCallers.Department)));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await department.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Text = NoticeText }));
        var directive = await CreateAsync(WithText(Notice()));
        var drafts = await DraftsAsync(directive);
        var departmentCommitments = new CommitmentService.CommitmentServiceClient(Registry.ChannelWith(TestTokens.For(TestCallers.Department)));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await departmentCommitments.CreateCommitmentsAsync(new CreateCommitmentsRequest { Directive = directive.Name, Commitments = { drafts } }));
    }

    [Fact]
    public async Task Accepted_drafts_are_saved_once_with_the_directive_as_source()
    {
        var directive = await CreateAsync(WithText(Notice()));
        var request = new CreateCommitmentsRequest { Directive = directive.Name, Commitments = { await DraftsAsync(directive) }, RequestId = Guid.NewGuid().ToString() };

        var saved = (await commitments.CreateCommitmentsAsync(request)).Commitments;
        var retried = (await commitments.CreateCommitmentsAsync(request)).Commitments;

        Assert.Equal(2, saved.Count);
        Assert.All(saved, c => Assert.Equal(directive.Name, c.Source.Record));
        Assert.Equal(saved.Select(c => c.Name), retried.Select(c => c.Name));
        var listed = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"source = \"{directive.Name}\"" });
        Assert.Equal(2, listed.Commitments.Count);
    }

    [Fact]
    public async Task A_bad_draft_is_named_by_its_index_and_nothing_is_saved()
    {
        var directive = await CreateAsync(WithText(Notice()));
        var drafts = await DraftsAsync(directive);
        drafts[1].LeadAgency = "";
        var request = new CreateCommitmentsRequest { Directive = directive.Name, Commitments = { drafts } };

        await RpcAssert.InvalidFieldAsync("commitments[1].lead_agency", async () => await commitments.CreateCommitmentsAsync(request));

        drafts[1].LeadAgency = "agencies/vn30-khong-ton-tai";
        await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await commitments.CreateCommitmentsAsync(request));
        var listed = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"source = \"{directive.Name}\"" });
        Assert.Empty(listed.Commitments);
    }

    private static Directive WithText(Directive directive)
    {
        directive.Text = NoticeText;
        return directive;
    }

    private async Task<List<Commitment>> DraftsAsync(Directive directive) =>
        [.. (await directives.ExtractCommitmentsAsync(new ExtractCommitmentsRequest { Directive = directive.Name })).Drafts.Select(d => d.Commitment)];
}
