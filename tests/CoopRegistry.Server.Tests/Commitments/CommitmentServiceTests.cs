using System.Net.Http.Json;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.EntityFrameworkCore;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>CommitmentService's standard methods through gRPC: create, get, update, who may do what, JSON.</summary>
public class CommitmentServiceTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private readonly CommitmentService.CommitmentServiceClient commitments = registry.Commitments;

    [Fact]
    public async Task A_created_commitment_reads_back_with_its_deadline_facts_and_state()
    {
        registry.Clock.Now = CommitmentRegistry.Start;
        var created = await registry.CreateAsync(registry.Complete());

        Assert.StartsWith("commitments/", created.Name);
        Assert.Equal("provinces/VN-30", created.HomeProvince);
        Assert.Equal(CommitmentState.NotStarted, created.State);
        Assert.Empty(created.MissingElements);
        Assert.Equal("chậm nhất ngày 30/6/2026", created.Deadline.Text);
        Assert.Equal(new Date { Year = 2026, Month = 6, Day = 30 }, created.Deadline.LastDay);
        Assert.Equal(Timestamp.FromDateTime(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc)), created.Deadline.OverdueTime);
        Assert.True(created.Deadline.Firm);
        Assert.Equal(new Date { Year = 2026, Month = 5, Day = 12 }, created.StartDate);
        Assert.Equal("agencies/vn30-so-cong-thuong", created.CommittingParty.Agency);
        Assert.Equal(created, (await commitments.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment);
    }

    [Fact]
    public async Task A_deadline_given_as_text_is_parsed_and_an_unreadable_one_is_named()
    {
        var commitment = registry.Complete();
        commitment.Deadline = new Deadline { Text = "truoc ngay 20 hang thang" };
        var created = await registry.CreateAsync(commitment);
        Assert.Equal(MonthlyRule.BeforeDay, created.Deadline.Monthly.Rule);
        Assert.Equal(20, created.Deadline.Monthly.Day);
        Assert.Equal("trước ngày 20 hằng tháng", created.Deadline.Text);
        Assert.Null(created.Deadline.OverdueTime);

        commitment.Deadline = new Deadline { Text = "khi nào xong thì thôi" };
        await RpcAssert.InvalidFieldAsync("commitment.deadline.text", async () => await registry.CreateAsync(commitment));
    }

    [Fact]
    public async Task Every_violation_is_reported_at_once()
    {
        var commitment = registry.Complete();
        commitment.Task = "";
        commitment.LeadAgency = "";
        commitment.Source = new CommitmentSource { Record = "provinces/KH-16" };
        commitment.CoordinatingAgencies.Add("agencies/vn30-so-tai-chinh");
        commitment.EndDate = new Date { Year = 2026, Month = 1, Day = 1 };
        commitment.Deadline = new Deadline { WithinQuarter = new QuarterDeadline { Year = 2026, Quarter = 5 } };

        var status = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await registry.CreateAsync(commitment));
        var fields = status.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("commitment.task", fields);
        Assert.Contains("commitment.lead_agency", fields);
        Assert.Contains("commitment.source.record", fields);
        Assert.Contains("commitment.coordinating_agencies[1]", fields);
        Assert.Contains("commitment.end_date", fields);
        Assert.Contains("commitment.deadline.within_quarter", fields);
    }

    [Fact]
    public async Task Unknown_references_are_named()
    {
        var commitment = registry.Complete();
        commitment.Source = new CommitmentSource { Record = "directives/khong-co" };
        var violation = await RpcAssert.InvalidFieldAsync("commitment.source.record", async () => await registry.CreateAsync(commitment));
        Assert.Contains("does not exist", violation.Description);

        commitment = registry.Complete();
        commitment.LeadAgency = "agencies/khong-co";
        await RpcAssert.InvalidFieldAsync("commitment.lead_agency", async () => await registry.CreateAsync(commitment));
    }

    [Fact]
    public async Task A_retried_create_returns_the_first_commitment_and_creates_nothing()
    {
        var task = "Thử lại " + Guid.NewGuid();
        var request = new CreateCommitmentRequest { Commitment = registry.Complete(task), RequestId = Guid.NewGuid().ToString() };
        var first = (await commitments.CreateCommitmentAsync(request)).Commitment;
        var retried = (await commitments.CreateCommitmentAsync(request)).Commitment;

        Assert.Equal(first.Name, retried.Name);
        var listed = await commitments.ListCommitmentsAsync(new ListCommitmentsRequest { Filter = $"task = \"{task}\"" });
        Assert.Equal(1, listed.TotalSize);
    }

    [Fact]
    public async Task Update_changes_the_masked_fields_and_a_stale_etag_is_aborted()
    {
        var created = await registry.CreateAsync(registry.Complete());
        var change = new Commitment
        {
            Name = created.Name,
            Etag = created.Etag,
            Deadline = new Deadline { Text = "trong quý III/2026" },
            Task = "không đổi",
        };
        var updated = (await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "deadline" } } })).Commitment;
        Assert.Equal(new Date { Year = 2026, Month = 9, Day = 30 }, updated.Deadline.LastDay);
        Assert.Equal(created.Task, updated.Task);
        Assert.NotEqual(created.Etag, updated.Etag);

        var stale = new Commitment { Name = created.Name, Etag = created.Etag, Deliverable = "cũ" };
        await RpcAssert.FailsAsync(StatusCode.Aborted, async () =>
            await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = stale, UpdateMask = new FieldMask { Paths = { "deliverable" } } }));
        Assert.Equal(updated, (await commitments.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment);

        await RpcAssert.InvalidFieldAsync("update_mask", async () =>
            await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "state" } } }));
    }

    [Fact]
    public async Task Clearing_the_authority_makes_the_commitment_incomplete()
    {
        var created = await registry.CreateAsync(registry.Complete());
        var change = new Commitment { Name = created.Name, Etag = created.Etag };
        var updated = (await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "approving_authority" } } })).Commitment;
        Assert.Equal([SixClearsElement.Authority], updated.MissingElements);
    }

    [Fact]
    public async Task A_partner_sees_only_commitments_concerning_its_province()
    {
        var ratanakiri = registry.Complete("Thông quan hàng hóa qua cửa khẩu Lệ Thanh – O Yadav");
        ratanakiri.PartnerProvinces.Add("provinces/KH-16");
        var concerning = await registry.CreateAsync(ratanakiri);
        var attapeu = registry.Complete("Trao học bổng cho sinh viên Attapeu");
        attapeu.PartnerProvinces.Add("provinces/LA-AT");
        var other = await registry.CreateAsync(attapeu);
        var partner = registry.Client(TestCallers.Ratanakiri);

        Assert.Equal(concerning.Name, (await partner.GetCommitmentAsync(new GetCommitmentRequest { Name = concerning.Name })).Commitment.Name);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.GetCommitmentAsync(new GetCommitmentRequest { Name = other.Name }));
        var listed = (await partner.ListCommitmentsAsync(new ListCommitmentsRequest { PageSize = 1000 })).Commitments;
        Assert.Contains(listed, c => c.Name == concerning.Name);
        Assert.All(listed, c => Assert.Contains("provinces/KH-16", c.PartnerProvinces));
    }

    [Fact]
    public async Task An_auditor_reads_everything_and_writes_nothing()
    {
        var created = await registry.CreateAsync(registry.Complete());
        var auditor = registry.Client(TestCallers.Auditor);
        Assert.Equal(created.Name, (await auditor.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment.Name);

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = registry.Complete() }));
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await auditor.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = new Commitment { Name = created.Name, Task = "x" }, UpdateMask = new FieldMask { Paths = { "task" } } }));
        // A department with report scope does not manage commitments either.
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, async () =>
            await registry.Client(TestCallers.Department).CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = registry.Complete() }));
    }

    [Fact]
    public async Task Commitments_are_served_as_json_over_http()
    {
        registry.Clock.Now = CommitmentRegistry.Start;
        var created = await registry.CreateAsync(registry.Complete());
        using var http = registry.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestCallers.ForeignAffairs));

        var one = (await http.GetFromJsonAsync<JsonElement>("/v1/" + created.Name)).GetProperty("commitment");
        Assert.Equal(created.Name, one.GetProperty("name").GetString());
        Assert.Equal("COMMITMENT_STATE_NOT_STARTED", one.GetProperty("state").GetString());
        Assert.Equal("chậm nhất ngày 30/6/2026", one.GetProperty("deadline").GetProperty("text").GetString());
        Assert.Equal("2026-06-30T17:00:00Z", one.GetProperty("deadline").GetProperty("overdueTime").GetString());
        Assert.Equal("agencies/vn30-so-cong-thuong", one.GetProperty("leadAgency").GetString());
    }

    [Fact]
    public async Task A_source_the_caller_cannot_see_is_refused_as_unknown()
    {
        // Lạng Sơn's Department of Foreign Affairs manages its own province's records only.
        var langSon = TestCallers.LangSon;
        var commitment = registry.Complete();
        commitment.LeadAgency = "agencies/vn09-so-ngoai-vu";
        commitment.CoordinatingAgencies.Clear();
        var violation = await RpcAssert.InvalidFieldAsync("commitment.source.record", async () =>
            await registry.Client(langSon).CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = commitment }));
        Assert.Contains(registry.Directive, violation.Description);
    }

    [Fact]
    public async Task A_closed_commitment_takes_only_tags_and_sources()
    {
        var created = await registry.CreateAsync(registry.Complete());
        await using (var db = registry.CreateContext())
        {
            var stored = await db.Set<Domain.Commitments.Commitment>().SingleAsync(c => c.Id == created.Name.Substring("commitments/".Length));
            stored.Lifecycle = Domain.Commitments.CommitmentLifecycleState.Cancelled;
            stored.ClosingReason = "Không còn phù hợp";
            await db.SaveChangesAsync();
        }

        var change = new Commitment { Name = created.Name, Task = "Khác", Tags = { "lưu trữ" } };
        var status = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, async () =>
            await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "task", "tags" } } }));
        Assert.Equal("COMMITMENT_CLOSED", status.GetDetail<ErrorInfo>().Reason);

        var tagged = (await commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = change, UpdateMask = new FieldMask { Paths = { "tags" } } })).Commitment;
        Assert.Equal(["lưu trữ"], tagged.Tags);
        Assert.Equal(CommitmentState.Cancelled, tagged.State);
        Assert.Equal("Không còn phù hợp", tagged.ClosingReason);
        Assert.Equal(created.Task, tagged.Task);
    }
}
