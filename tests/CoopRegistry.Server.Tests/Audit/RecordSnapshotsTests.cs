using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.Server.Audit;
using CoopRegistry.Server.Tests.Commitments;
using CoopRegistry.Server.Tests.Events;
using CoopRegistry.Server.Tests.Plans;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Server.Tests.Audit;

/// <summary>
/// An audit entry's after image, mapped by RecordSnapshots, is exactly what the write that made it
/// answered (etag included): the change feed and as-of reads show records as Get showed them.
/// </summary>
public class RecordSnapshotsTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly FieldMask Title = new() { Paths = { "title" } };

    [Fact]
    public async Task Each_entry_of_a_commitment_maps_to_what_its_write_answered()
    {
        AuditClock.Advance(registry.Clock, TimeSpan.FromHours(1));
        var created = await registry.CreateAsync(registry.Complete("Khảo sát hạ tầng cửa khẩu"));
        AuditClock.Advance(registry.Clock, TimeSpan.FromHours(1));
        var changed = created.Clone();
        changed.Deliverable = "Báo cáo khảo sát";
        var updated = (await registry.Commitments.UpdateCommitmentAsync(new UpdateCommitmentRequest
        {
            Commitment = changed,
            UpdateMask = new FieldMask { Paths = { "deliverable" } },
        })).Commitment;
        AuditClock.Advance(registry.Clock, TimeSpan.FromHours(1));
        var reported = await registry.Client(TestCallers.Department).ReportProgressAsync(new ReportProgressRequest
        {
            Name = created.Name,
            Report = new ProgressReport { Narrative = "Đã khảo sát", PercentComplete = 40 },
        });

        await AssertSnapshotsAsync(created.Name, created, updated, reported.Commitment);
        await AssertSnapshotsAsync(reported.Report.Name, reported.Report);
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(40, reported.Commitment.PercentComplete);
    }

    [Fact]
    public async Task Each_entry_of_an_agreement_a_plan_an_event_and_a_directive_maps_to_what_its_write_answered()
    {
        AuditClock.Advance(registry.Clock, TimeSpan.FromHours(1));
        var agreements = new AgreementService.AgreementServiceClient(registry.Channel);
        var agreement = (await agreements.CreateAgreementAsync(new CreateAgreementRequest { Agreement = Agreements.Agreements.New("Biên bản ghi nhớ thương mại") })).Agreement;
        var retitled = agreement.Clone();
        retitled.Title = "Biên bản ghi nhớ thương mại biên giới";
        var agreementUpdated = (await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = retitled, UpdateMask = Title })).Agreement;
        await AssertSnapshotsAsync(agreement.Name, agreement, agreementUpdated);

        var plans = new PlanService.PlanServiceClient(registry.Channel);
        var plan = (await plans.CreatePlanAsync(PlanRequests.Create(PlanRequests.Cambodia()))).Plan;
        var replanned = plan.Clone();
        replanned.Title = "Kế hoạch hợp tác Đông Bắc Campuchia 2026";
        var planUpdated = (await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = replanned, UpdateMask = Title })).Plan;
        await AssertSnapshotsAsync(plan.Name, plan, planUpdated);

        var events = new EventService.EventServiceClient(registry.Channel);
        var cooperationEvent = (await events.CreateEventAsync(new CreateEventRequest { Event = EventFixture.StungTrengConference() })).Event;
        var renamed = cooperationEvent.Clone();
        renamed.Title = "Hội nghị xúc tiến đầu tư Stung Treng 2025";
        var eventUpdated = (await events.UpdateEventAsync(new UpdateEventRequest { Event = renamed, UpdateMask = Title })).Event;
        await AssertSnapshotsAsync(cooperationEvent.Name, cooperationEvent, eventUpdated);

        var directives = new DirectiveService.DirectiveServiceClient(registry.Channel);
        var directive = (await directives.GetDirectiveAsync(new GetDirectiveRequest { Name = registry.Directive })).Directive;
        var resubject = directive.Clone();
        resubject.Subject = "Kết luận về Khu kinh tế cửa khẩu Lệ Thanh (bổ sung)";
        var directiveUpdated = (await directives.UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = resubject, UpdateMask = new FieldMask { Paths = { "subject" } } })).Directive;
        // linked_records comes from other records, not the directive's row: snapshots leave it empty.
        directive.LinkedRecords.Clear();
        directiveUpdated.LinkedRecords.Clear();
        await AssertSnapshotsAsync(directive.Name, directive, directiveUpdated);
    }

    [Fact]
    public async Task Deletions_parts_not_rebuilt_and_the_directory_have_no_snapshot()
    {
        using var scope = registry.Factory.Services.CreateScope();
        var snapshots = scope.ServiceProvider.GetRequiredService<RecordSnapshots>();
        var history = scope.ServiceProvider.GetRequiredService<RecordHistory>();
        var now = registry.Clock.Now.UtcDateTime;
        AuditEntry Entry(string name, string? after) => new() { ClientId = "x", Method = "test", RecordName = name, After = after };

        Assert.Null(snapshots.ToContract(Entry("commitments/c1", null), now));
        Assert.Null(snapshots.ToContract(Entry("provinces/VN-30", "{}"), now));
        Assert.Null(snapshots.ToContract(Entry("agreements/a1/documents/d1", "{}"), now));
        Assert.Null(snapshots.ToContract(Entry("agreements/a1/revisions/1", "{}"), now));
        Assert.Null(snapshots.ToContract(Entry("clients/x", "{}"), now));
        Assert.Null(history.ToRecord(Entry("commitments/c1/progressReports/1", """{"CommitmentId":"c1","Number":1}""")));
        Assert.IsType<Domain.Commitments.ProgressReport>(history.ToEntity(Entry("commitments/c1/progressReports/1", """{"CommitmentId":"c1","Number":1}""")));
        Assert.IsType<Domain.Plans.Plan>(history.ToRecord(Entry("plans/p1", """{"Id":"p1"}""")));
    }

    /// <summary>The record's entries, in order, each mapped at its own time, equal the answers of its writes.</summary>
    private async Task AssertSnapshotsAsync(string name, params IMessage[] answers)
    {
        await using var db = registry.CreateContext();
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.RecordName == name).OrderBy(e => e.Sequence).ToListAsync();
        using var scope = registry.Factory.Services.CreateScope();
        var snapshots = scope.ServiceProvider.GetRequiredService<RecordSnapshots>();
        var history = scope.ServiceProvider.GetRequiredService<RecordHistory>();
        Assert.Equal(answers, entries.Select(e => snapshots.ToContract(e, e.Time)));
        Assert.All(entries, e => Assert.Equal(name, history.ToRecord(e)?.ResourceName ?? name));
    }
}
