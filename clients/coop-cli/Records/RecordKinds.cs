using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Records;

/// <summary>The record collections the CLI manages. A new collection is one entry here.</summary>
public static class RecordKinds
{
    public static RecordKind Agreements { get; } = new()
    {
        Collection = "agreements",
        Descriptor = Agreement.Descriptor,
        Columns = ["name", "kind", "title", "state", "signing_date"],
        List = async (sp, q, ct) =>
        {
            var r = await sp.GetRequiredService<AgreementService.AgreementServiceClient>().ListAgreementsAsync(new ListAgreementsRequest
            { PageSize = q.PageSize, PageToken = q.PageToken, Filter = q.Filter, OrderBy = q.OrderBy, ShowDeleted = q.ShowDeleted }, cancellationToken: ct);
            return new Page(r.Agreements, r.NextPageToken, r.TotalSize);
        },
        Get = async (sp, name, ct) => (await sp.GetRequiredService<AgreementService.AgreementServiceClient>()
            .GetAgreementAsync(new GetAgreementRequest { Name = name }, cancellationToken: ct)).Agreement,
        Create = async (sp, record, id, ct) => (await sp.GetRequiredService<AgreementService.AgreementServiceClient>()
            .CreateAgreementAsync(new CreateAgreementRequest { Agreement = (Agreement)record, AgreementId = id }, cancellationToken: ct)).Agreement,
        Update = async (sp, record, mask, ct) => (await sp.GetRequiredService<AgreementService.AgreementServiceClient>()
            .UpdateAgreementAsync(new UpdateAgreementRequest { Agreement = (Agreement)record, UpdateMask = mask }, cancellationToken: ct)).Agreement,
    };

    public static RecordKind Plans { get; } = new()
    {
        Collection = "plans",
        Descriptor = Plan.Descriptor,
        Columns = ["name", "title", "state", "lead_agency", "start_date", "end_date"],
        List = async (sp, q, ct) =>
        {
            var r = await sp.GetRequiredService<PlanService.PlanServiceClient>().ListPlansAsync(new ListPlansRequest
            { PageSize = q.PageSize, PageToken = q.PageToken, Filter = q.Filter, OrderBy = q.OrderBy, ShowDeleted = q.ShowDeleted }, cancellationToken: ct);
            return new Page(r.Plans, r.NextPageToken, r.TotalSize);
        },
        Get = async (sp, name, ct) => (await sp.GetRequiredService<PlanService.PlanServiceClient>()
            .GetPlanAsync(new GetPlanRequest { Name = name }, cancellationToken: ct)).Plan,
        Create = async (sp, record, id, ct) => (await sp.GetRequiredService<PlanService.PlanServiceClient>()
            .CreatePlanAsync(new CreatePlanRequest { Plan = (Plan)record, PlanId = id }, cancellationToken: ct)).Plan,
        Update = async (sp, record, mask, ct) => (await sp.GetRequiredService<PlanService.PlanServiceClient>()
            .UpdatePlanAsync(new UpdatePlanRequest { Plan = (Plan)record, UpdateMask = mask }, cancellationToken: ct)).Plan,
    };

    public static RecordKind Events { get; } = new()
    {
        Collection = "events",
        Descriptor = Event.Descriptor,
        Columns = ["name", "kind", "title", "state", "start_date", "place"],
        List = async (sp, q, ct) =>
        {
            var r = await sp.GetRequiredService<EventService.EventServiceClient>().ListEventsAsync(new ListEventsRequest
            { PageSize = q.PageSize, PageToken = q.PageToken, Filter = q.Filter, OrderBy = q.OrderBy, ShowDeleted = q.ShowDeleted }, cancellationToken: ct);
            return new Page(r.Events, r.NextPageToken, r.TotalSize);
        },
        Get = async (sp, name, ct) => (await sp.GetRequiredService<EventService.EventServiceClient>()
            .GetEventAsync(new GetEventRequest { Name = name }, cancellationToken: ct)).Event,
        Create = async (sp, record, id, ct) => (await sp.GetRequiredService<EventService.EventServiceClient>()
            .CreateEventAsync(new CreateEventRequest { Event = (Event)record, EventId = id }, cancellationToken: ct)).Event,
        Update = async (sp, record, mask, ct) => (await sp.GetRequiredService<EventService.EventServiceClient>()
            .UpdateEventAsync(new UpdateEventRequest { Event = (Event)record, UpdateMask = mask }, cancellationToken: ct)).Event,
    };

    public static RecordKind Directives { get; } = new()
    {
        Collection = "directives",
        Descriptor = Directive.Descriptor,
        Columns = ["name", "kind", "number", "issue_date", "subject"],
        List = async (sp, q, ct) =>
        {
            var r = await sp.GetRequiredService<DirectiveService.DirectiveServiceClient>().ListDirectivesAsync(new ListDirectivesRequest
            { PageSize = q.PageSize, PageToken = q.PageToken, Filter = q.Filter, OrderBy = q.OrderBy, ShowDeleted = q.ShowDeleted }, cancellationToken: ct);
            return new Page(r.Directives, r.NextPageToken, r.TotalSize);
        },
        Get = async (sp, name, ct) => (await sp.GetRequiredService<DirectiveService.DirectiveServiceClient>()
            .GetDirectiveAsync(new GetDirectiveRequest { Name = name }, cancellationToken: ct)).Directive,
        Create = async (sp, record, id, ct) => (await sp.GetRequiredService<DirectiveService.DirectiveServiceClient>()
            .CreateDirectiveAsync(new CreateDirectiveRequest { Directive = (Directive)record, DirectiveId = id }, cancellationToken: ct)).Directive,
        Update = async (sp, record, mask, ct) => (await sp.GetRequiredService<DirectiveService.DirectiveServiceClient>()
            .UpdateDirectiveAsync(new UpdateDirectiveRequest { Directive = (Directive)record, UpdateMask = mask }, cancellationToken: ct)).Directive,
    };

    /// <summary>Written against the contract (CommitmentService); served once the commitments work is merged.</summary>
    public static RecordKind Commitments { get; } = new()
    {
        Collection = "commitments",
        Descriptor = Commitment.Descriptor,
        Columns = ["name", "task", "lead_agency", "deadline", "state", "percent_complete"],
        List = async (sp, q, ct) =>
        {
            var r = await sp.GetRequiredService<CommitmentService.CommitmentServiceClient>().ListCommitmentsAsync(new ListCommitmentsRequest
            { PageSize = q.PageSize, PageToken = q.PageToken, Filter = q.Filter, OrderBy = q.OrderBy }, cancellationToken: ct);
            return new Page(r.Commitments, r.NextPageToken, r.TotalSize);
        },
        Get = async (sp, name, ct) => (await sp.GetRequiredService<CommitmentService.CommitmentServiceClient>()
            .GetCommitmentAsync(new GetCommitmentRequest { Name = name }, cancellationToken: ct)).Commitment,
        Create = async (sp, record, id, ct) => (await sp.GetRequiredService<CommitmentService.CommitmentServiceClient>()
            .CreateCommitmentAsync(new CreateCommitmentRequest { Commitment = (Commitment)record, CommitmentId = id }, cancellationToken: ct)).Commitment,
        Update = async (sp, record, mask, ct) => (await sp.GetRequiredService<CommitmentService.CommitmentServiceClient>()
            .UpdateCommitmentAsync(new UpdateCommitmentRequest { Commitment = (Commitment)record, UpdateMask = mask }, cancellationToken: ct)).Commitment,
    };

    public static IReadOnlyList<RecordKind> All { get; } = [Agreements, Plans, Events, Directives, Commitments];

    public static RecordKind? Find(string collection) => All.FirstOrDefault(k => k.Collection == collection);
}
