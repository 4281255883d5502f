using CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Commitments.Commitment;
using Resource = CoopRegistry.Contracts.V1.Commitment;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// The lifecycle of CommitmentService: progress reports, completion asked for by the lead and
/// accepted or returned by the authority, cancel and waive. The moves are the domain's
/// (Domain/Commitments/CommitmentLifecycle.cs), who may make them <see cref="CommitmentAccess"/>'s;
/// every move checks the etag when one is sent (stale: ABORTED) and answers the commitment as
/// <see cref="MapAsync"/> shows it (state at now, occurrences of a recurring one).
/// </summary>
public sealed partial class CommitmentGrpcService
{
    public override async Task<ReportProgressResponse> ReportProgress(ReportProgressRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var id = records.Id(request.Name);
        var input = request.Report ?? new ProgressReport();
        var violations = new FieldViolations();
        var requestId = violations.Check(() => RequestIds.Parse(request.RequestId));
        var (start, end) = (violations.Date(input.PeriodStart, "report.period_start"), violations.Date(input.PeriodEnd, "report.period_end"));
        violations.ThrowIfAny();
        var reported = await store.ReportProgressAsync(id, caller, requestId, commitment =>
            commitment.ReportProgress(input.Narrative, input.PercentComplete, input.Evidence, start, end, caller.AgencyId, caller.ClientId, store.Now, caller.PersonId),
            context.CancellationToken);
        return new ReportProgressResponse { Report = reported.Report.Adapt<ProgressReport>(mapping), Commitment = await ShownAsync(reported.Commitment, caller, context.CancellationToken) };
    }

    public override async Task<ListProgressReportsResponse> ListProgressReports(ListProgressReportsRequest request, ServerCallContext context)
    {
        var commitment = await records.GetAsync(request.Parent, context, "parent");
        var page = await store.ListProgressReportsAsync(commitment.Id, request.PageSize, request.PageToken, context.CancellationToken);
        return new ListProgressReportsResponse { Reports = { page.Items.Select(r => r.Adapt<ProgressReport>(mapping)) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<RequestCompletionResponse> RequestCompletion(RequestCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var id = records.Id(request.Name);
        var date = request.CompletedDate.ToDateOnly("completed_date");
        var commitment = await ForMoveAsync(id, request.Etag, caller, CommitmentAccess.DemandRequestCompletion, context.CancellationToken);
        commitment.RequestCompletion(date, request.Note, request.Evidence, store.Now);
        return new RequestCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<AcceptCompletionResponse> AcceptCompletion(AcceptCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(records.Id(request.Name), request.Etag, caller,
            (who, c) => CommitmentAccess.DemandDecide(who, c, "accept the completion"), context.CancellationToken);
        commitment.AcceptCompletion(caller.AgencyId, store.Now, caller.PersonId);
        return new AcceptCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<ReturnCompletionResponse> ReturnCompletion(ReturnCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(records.Id(request.Name), request.Etag, caller,
            (who, c) => CommitmentAccess.DemandDecide(who, c, "return the completion"), context.CancellationToken);
        commitment.ReturnCompletion(request.Reason, caller.AgencyId, store.Now, caller.PersonId);
        return new ReturnCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<CancelCommitmentResponse> CancelCommitment(CancelCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(records.Id(request.Name), request.Etag, caller, CommitmentAccess.DemandCancel, context.CancellationToken);
        commitment.Cancel(request.Reason, store.Now);
        return new CancelCommitmentResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<WaiveCommitmentResponse> WaiveCommitment(WaiveCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(records.Id(request.Name), request.Etag, caller,
            (who, c) => CommitmentAccess.DemandDecide(who, c, "waive it"), context.CancellationToken);
        commitment.Waive(request.Reason, store.Now);
        return new WaiveCommitmentResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    /// <summary>
    /// The commitment as callers see it now: the core's mapping (stored fields, state at now) and,
    /// for a recurring one, its occurrences judged by its reports.
    /// </summary>
    private async Task<Resource> MapAsync(Model commitment, CancellationToken cancellationToken) =>
        (await MapAllAsync([commitment], store.Now, cancellationToken))[0];

    /// <summary>Several commitments at the same instant, their reports read in one query.</summary>
    private async Task<IReadOnlyList<Resource>> MapAllAsync(IReadOnlyList<Model> commitments, DateTime now, CancellationToken cancellationToken)
    {
        var items = commitments.Select(c => (c, CommitmentMapping.ToContract(c, mapping, now))).ToList();
        await CommitmentOccurrences.FillAsync(store, mapping, items, now, cancellationToken);
        return items.Select(item => item.Item2).ToList();
    }

    /// <summary>
    /// A tracked commitment about to move: visible (else NOT_FOUND), the caller may make this move
    /// (else PERMISSION_DENIED), and the etag, when sent, is current (else ABORTED).
    /// </summary>
    private Task<Model> ForMoveAsync(string id, string? etag, Caller caller, Action<Caller, Model> demand, CancellationToken cancellationToken) =>
        store.GetForChangeAsync(Model.CollectionName, id, etag, caller, demand, cancellationToken);

    private async Task<Resource?> SaveMovedAsync(Model commitment, Caller caller, CancellationToken cancellationToken) =>
        await ShownAsync(await store.SaveAsync(commitment, caller, cancellationToken), caller, cancellationToken);

    /// <summary>The moved commitment for the answer, left out for a caller that may not Get it (a client with only registry.report).</summary>
    private async Task<Resource?> ShownAsync(Model commitment, Caller caller, CancellationToken cancellationToken) =>
        RecordAccess.CanGet(caller, commitment) ? await MapAsync(commitment, cancellationToken) : null;
}
