using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Tests.Commitments;
using CoopRegistry.Server.Tests.Events;
using CoopRegistry.Server.Tests.Plans;
using Google.Protobuf.WellKnownTypes;
using AgreementRequests = CoopRegistry.Server.Tests.Agreements.Agreements;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// Get with read_time answers the record as it stood then, from the audit log: each version
/// between its writes, NOT_FOUND before it existed, withdrawn after a delete, and never a version
/// outside the caller's reach.
/// </summary>
public class AsOfReadTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static Timestamp At(DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    [Fact]
    public async Task A_commitment_reads_as_each_version_between_its_writes_and_not_before_it_existed()
    {
        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var created = await registry.CreateAsync(registry.Complete("Khảo sát kho ngoại quan"));
        var t1 = AuditClock.Advance(registry.Clock, Hour);
        var first = created.Clone();
        first.Deliverable = "Báo cáo khảo sát kho ngoại quan";
        first = (await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = first, UpdateMask = new FieldMask { Paths = { "deliverable" } } })).Commitment;
        var t2 = AuditClock.Advance(registry.Clock, Hour);
        var second = first.Clone();
        second.ResponsiblePerson = "Phó Giám đốc Sở Công Thương";
        second = (await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = second, UpdateMask = new FieldMask { Paths = { "responsible_person" } } })).Commitment;
        AuditClock.Advance(registry.Clock, Hour);

        Task<Commitment> Read(DateTimeOffset instant) => ReadCommitment(TestCallers.ForeignAffairs, created.Name, instant);
        Assert.Equal(created, await Read(t0));
        Assert.Equal(created, await Read(t0 + Hour / 2));
        Assert.Equal(first, await Read(t1 + Hour / 2));
        Assert.Equal(second, await Read(t2 + Hour / 2));
        Assert.Equal(second, (await registry.Commitments.GetCommitmentAsync(new GetCommitmentRequest { Name = created.Name })).Commitment);
        Assert.Equal([created.Etag, first.Etag, second.Etag], new[] { created.Etag, first.Etag, second.Etag }.Distinct());

        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await Read(t0 - TimeSpan.FromMinutes(1)));
        await RpcAssert.InvalidFieldAsync("read_time", async () => await Read(registry.Clock.Now + Hour));
    }

    [Fact]
    public async Task An_agreement_reads_withdrawn_after_its_delete_and_a_partner_only_reads_versions_it_was_party_to()
    {
        var manager = new AgreementService.AgreementServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.ForeignAffairs)));
        var partner = new AgreementService.AgreementServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.Ratanakiri)));
        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var created = (await manager.CreateAgreementAsync(new CreateAgreementRequest { Agreement = AgreementRequests.New("Biên bản ghi nhớ với Ratanakiri") })).Agreement;
        var t1 = AuditClock.Advance(registry.Clock, Hour);
        // Ratanakiri is replaced by Attapeu: from now on the agreement is outside Ratanakiri's reach.
        var moved = created.Clone();
        moved.Parties[1].Province = "provinces/LA-AT";
        moved = (await manager.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = moved, UpdateMask = new FieldMask { Paths = { "parties" } } })).Agreement;
        var t2 = AuditClock.Advance(registry.Clock, Hour);
        var withdrawn = (await manager.DeleteAgreementAsync(new DeleteAgreementRequest { Name = created.Name, Etag = moved.Etag, Reason = "nhập trùng" })).Agreement;
        AuditClock.Advance(registry.Clock, Hour);

        async Task<Agreement> Read(AgreementService.AgreementServiceClient client, DateTimeOffset instant) =>
            (await client.GetAgreementAsync(new GetAgreementRequest { Name = created.Name, ReadTime = At(instant) })).Agreement;
        Assert.Equal(created, await Read(manager, t0 + Hour / 2));
        Assert.Equal(moved, await Read(manager, t1 + Hour / 2));
        Assert.Null(moved.DeleteTime);
        Assert.Equal(withdrawn, await Read(manager, t2 + Hour / 2));
        Assert.NotNull(withdrawn.DeleteTime);

        Assert.Equal(created, await Read(partner, t0 + Hour / 2));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await Read(partner, t1 + Hour / 2));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await Read(partner, t2 + Hour / 2));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partner.GetAgreementAsync(new GetAgreementRequest { Name = created.Name }));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await Read(manager, t0 - TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task A_plan_an_event_and_a_directive_read_as_they_stood()
    {
        var plans = new PlanService.PlanServiceClient(registry.Channel);
        var events = new EventService.EventServiceClient(registry.Channel);
        var directives = new DirectiveService.DirectiveServiceClient(registry.Channel);
        var title = new FieldMask { Paths = { "title" } };

        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var plan = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Attapeu()))).Plan;
        var cooperationEvent = (await events.CreateEventAsync(new CreateEventRequest { Event = EventFixture.AttapeuWorkingSession("Làm việc với tỉnh Attapeu") })).Event;
        var directive = (await directives.CreateDirectiveAsync(new CreateDirectiveRequest
        {
            Directive = new Directive
            {
                Kind = DirectiveKind.ConclusionNotice,
                IssueDate = new Google.Type.Date { Year = 2025, Month = 9, Day = 5 },
                Issuer = "agencies/vn30-ubnd",
                Signer = "Lê Huy Vũ",
                SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                Subject = "Kết luận về hợp tác với tỉnh Attapeu",
                Summary = "Nhiệm vụ cho Sở Ngoại vụ",
            },
        })).Directive;
        AuditClock.Advance(registry.Clock, Hour);
        var t1 = AuditClock.Advance(registry.Clock, Hour);
        var replanned = plan.Clone();
        replanned.Title = "Kế hoạch hợp tác giáo dục với tỉnh Attapeu";
        replanned = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = replanned, UpdateMask = title })).Plan;
        var renamed = cooperationEvent.Clone();
        renamed.Title = "Làm việc với Sở Giáo dục tỉnh Attapeu";
        renamed = (await events.UpdateEventAsync(new UpdateEventRequest { Event = renamed, UpdateMask = title })).Event;
        var resubject = directive.Clone();
        resubject.Subject = "Kết luận về hợp tác giáo dục với tỉnh Attapeu";
        resubject = (await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = resubject, UpdateMask = new FieldMask { Paths = { "subject" } } })).Directive;
        AuditClock.Advance(registry.Clock, Hour);

        var before = At(t0 - TimeSpan.FromMinutes(1));
        var between = At(t0 + Hour);
        var after = At(t1 + Hour / 2);
        Assert.Equal(plan, (await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name, ReadTime = between })).Plan);
        Assert.Equal(replanned, (await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name, ReadTime = after })).Plan);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await plans.GetPlanAsync(new GetPlanRequest { Name = plan.Name, ReadTime = before }));

        Assert.Equal(cooperationEvent, (await events.GetEventAsync(new GetEventRequest { Name = cooperationEvent.Name, ReadTime = between })).Event);
        Assert.Equal(renamed, (await events.GetEventAsync(new GetEventRequest { Name = cooperationEvent.Name, ReadTime = after })).Event);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await events.GetEventAsync(new GetEventRequest { Name = cooperationEvent.Name, ReadTime = before }));

        // No record cites this directive, so its linked_records is empty now as in the snapshot.
        Assert.Equal(directive, (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = directive.Name, ReadTime = between })).Directive);
        Assert.Equal(resubject, (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = directive.Name, ReadTime = after })).Directive);
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = directive.Name, ReadTime = before }));

        // Attapeu's records are outside Ratanakiri's reach then as now.
        var partnerPlans = new PlanService.PlanServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.Ratanakiri)));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await partnerPlans.GetPlanAsync(new GetPlanRequest { Name = plan.Name, ReadTime = after }));
    }

    [Fact]
    public async Task An_auditor_reads_any_version_and_an_unknown_record_is_not_found()
    {
        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var created = await registry.CreateAsync(registry.Complete("Lập hồ sơ khu kinh tế cửa khẩu"));
        AuditClock.Advance(registry.Clock, Hour);

        Assert.Equal(created, await ReadCommitment(TestCallers.Auditor, created.Name, t0 + Hour / 2));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await ReadCommitment(TestCallers.Auditor, "commitments/khong-co", t0 + Hour / 2));
    }

    [Fact]
    public async Task An_agreement_read_as_of_carries_the_documents_added_by_then()
    {
        var manager = new AgreementService.AgreementServiceClient(registry.ChannelWith(TestTokens.For(TestCallers.ForeignAffairs)));
        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var created = (await manager.CreateAgreementAsync(new CreateAgreementRequest { Agreement = AgreementRequests.New("Biên bản ghi nhớ có bản dịch") })).Agreement;
        var t1 = AuditClock.Advance(registry.Clock, Hour);
        await manager.AddDocumentReferenceAsync(new AddDocumentReferenceRequest
        {
            Parent = created.Name,
            FileName = "mou-ratanakiri-2025.pdf",
            ContentType = "application/pdf",
            SizeBytes = 123_456,
            Sha256 = new string('a', 64),
            Uri = "https://songoaivu.gialai.gov.vn/van-ban/mou-ratanakiri-2025.pdf",
            Kind = DocumentKind.Translation,
        });
        AuditClock.Advance(registry.Clock, Hour);
        var now = (await manager.GetAgreementAsync(new GetAgreementRequest { Name = created.Name })).Agreement;

        Assert.Single(now.Documents);
        Assert.Equal(created, (await manager.GetAgreementAsync(new GetAgreementRequest { Name = created.Name, ReadTime = At(t0 + Hour / 2) })).Agreement);
        Assert.Equal(now, (await manager.GetAgreementAsync(new GetAgreementRequest { Name = created.Name, ReadTime = At(t1 + Hour / 2) })).Agreement);
    }

    [Fact]
    public async Task A_record_older_than_the_log_reads_from_its_first_later_before_image_or_its_row()
    {
        var t0 = AuditClock.Advance(registry.Clock, Hour);
        var changedLater = await registry.CreateAsync(registry.Complete("Hồ sơ trước khi có nhật ký"));
        var neverChanged = await registry.CreateAsync(registry.Complete("Hồ sơ chưa từng đổi"));
        var t1 = AuditClock.Advance(registry.Clock, Hour);
        var changed = changedLater.Clone();
        changed.Deliverable = "Báo cáo bổ sung";
        changed = (await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = changed, UpdateMask = new FieldMask { Paths = { "deliverable" } } })).Commitment;
        AuditClock.Advance(registry.Clock, Hour);
        // As if both were written before the log began: their creation entries removed behind the application's back.
        await using (var connection = new Npgsql.NpgsqlConnection(registry.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SET session_replication_role = replica; DELETE FROM registry.audit_entries WHERE change = 'Created' AND record_name IN (@a, @b)", connection);
            command.Parameters.AddWithValue("a", changedLater.Name);
            command.Parameters.AddWithValue("b", neverChanged.Name);
            Assert.Equal(2, await command.ExecuteNonQueryAsync());
        }

        var reader = TestCallers.ForeignAffairs;
        Assert.Equal(changedLater, await ReadCommitment(reader, changedLater.Name, t0 + Hour / 2));
        Assert.Equal(changed, await ReadCommitment(reader, changedLater.Name, t1 + Hour / 2));
        Assert.Equal(neverChanged, await ReadCommitment(reader, neverChanged.Name, t0 + Hour / 2));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await ReadCommitment(reader, neverChanged.Name, t0 - TimeSpan.FromMinutes(1)));
    }

    private async Task<Commitment> ReadCommitment(Domain.Access.Caller caller, string name, DateTimeOffset instant) =>
        (await registry.Client(caller).GetCommitmentAsync(new GetCommitmentRequest { Name = name, ReadTime = At(instant) })).Commitment;
}
