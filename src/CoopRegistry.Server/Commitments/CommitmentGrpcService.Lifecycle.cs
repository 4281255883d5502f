using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Listing;
using CoopRegistry.Domain.Records;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Protobuf;
using Grpc.Core;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Model = CoopRegistry.Domain.Commitments.Commitment;
using Report = CoopRegistry.Domain.Commitments.ProgressReport;
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
        var id = ParseName(request.Name);
        var input = request.Report ?? new ProgressReport();
        var requestId = RequestIds.Parse(request.RequestId);
        var (start, end) = (input.PeriodStart.ToDateOnly("report.period_start"), input.PeriodEnd.ToDateOnly("report.period_end"));
        var ct = context.CancellationToken;
        if (requestId is { } retry && await PriorReportAsync(caller, id, retry, ct) is { } prior)
            return prior;

        var commitment = await ForMoveAsync(id, etag: null, caller, CommitmentAccess.DemandReport, ct);
        var now = store.Now;
        var report = commitment.ReportProgress(input.Narrative, input.PercentComplete, input.Evidence, start, end, caller.AgencyId, caller.ClientId, now, caller.PersonId);
        store.Db.Add(report);
        if (requestId is { } key)
            store.Db.Add(new RequestRecord { ClientId = caller.ClientId, RequestId = key, ResourceName = report.ResourceName, CreateTime = now });
        try
        {
            await store.SaveAsync(commitment, caller, ct);
        }
        catch (ConcurrencyConflictException) when (requestId is { } raced)
        {
            // Two retries of one request raced: the first recorded the report, this one answers it.
            store.Db.ChangeTracker.Clear();
            return await PriorReportAsync(caller, id, raced, ct) ?? throw new ConcurrencyConflictException(commitment.ResourceName);
        }
        return new ReportProgressResponse { Report = report.Adapt<ProgressReport>(mapping), Commitment = await MapAsync(commitment, ct) };
    }

    public override async Task<ListProgressReportsResponse> ListProgressReports(ListProgressReportsRequest request, ServerCallContext context)
    {
        var id = Domain.Directory.ResourceNames.ParseId(Model.CollectionName, request.Parent, "parent");
        var pageSize = PageSize.Resolve(request.PageSize);
        var fingerprint = PageToken.Fingerprint("progressReports", id);
        int? before = PageToken.Decode(request.PageToken, fingerprint, 1) is { } cursor
            ? int.TryParse(cursor[0], out var number) ? number : throw PageToken.NotOurs()
            : null;
        await store.GetAsync<Model>(Model.CollectionName, id, context.Caller(), context.CancellationToken);
        var rows = await store.Db.PageAsync(id, before, pageSize, context.CancellationToken);
        var next = "";
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(rows.Count - 1);
            next = PageToken.Encode(fingerprint, [rows[^1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        return new ListProgressReportsResponse { Reports = { rows.Select(r => r.Adapt<ProgressReport>(mapping)) }, NextPageToken = next };
    }

    public override async Task<RequestCompletionResponse> RequestCompletion(RequestCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var id = ParseName(request.Name);
        var date = request.CompletedDate.ToDateOnly("completed_date");
        var commitment = await ForMoveAsync(id, request.Etag, caller, CommitmentAccess.DemandRequestCompletion, context.CancellationToken);
        commitment.RequestCompletion(date, request.Note, request.Evidence, store.Now);
        return new RequestCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<AcceptCompletionResponse> AcceptCompletion(AcceptCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(ParseName(request.Name), request.Etag, caller,
            (who, c) => CommitmentAccess.DemandDecide(who, c, "accept the completion"), context.CancellationToken);
        commitment.AcceptCompletion(caller.AgencyId, store.Now, caller.PersonId);
        return new AcceptCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<ReturnCompletionResponse> ReturnCompletion(ReturnCompletionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(ParseName(request.Name), request.Etag, caller,
            (who, c) => CommitmentAccess.DemandDecide(who, c, "return the completion"), context.CancellationToken);
        commitment.ReturnCompletion(request.Reason, caller.AgencyId, store.Now, caller.PersonId);
        return new ReturnCompletionResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<CancelCommitmentResponse> CancelCommitment(CancelCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(ParseName(request.Name), request.Etag, caller, CommitmentAccess.DemandCancel, context.CancellationToken);
        commitment.Cancel(request.Reason, store.Now);
        return new CancelCommitmentResponse { Commitment = await SaveMovedAsync(commitment, caller, context.CancellationToken) };
    }

    public override async Task<WaiveCommitmentResponse> WaiveCommitment(WaiveCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var commitment = await ForMoveAsync(ParseName(request.Name), request.Etag, caller,
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
        await CommitmentOccurrences.FillAsync(store.Db, mapping, items, now, cancellationToken);
        return items.Select(item => item.Item2).ToList();
    }

    /// <summary>
    /// A tracked commitment about to move: visible (else NOT_FOUND), the caller may make this move
    /// (else PERMISSION_DENIED), and the etag, when sent, is current (else ABORTED).
    /// </summary>
    private async Task<Model> ForMoveAsync(string id, string? etag, Caller caller, Action<Caller, Model> demand, CancellationToken cancellationToken)
    {
        var commitment = await store.Db.Set<Model>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"{Model.CollectionName}/{id}");
        RecordAccess.DemandSee(caller, commitment);
        demand(caller, commitment);
        Etags.Demand(etag, commitment);
        return commitment;
    }

    private async Task<Resource> SaveMovedAsync(Model commitment, Caller caller, CancellationToken cancellationToken) =>
        await MapAsync(await store.SaveAsync(commitment, caller, cancellationToken), cancellationToken);

    /// <summary>What an earlier ReportProgress of this client with this request_id recorded (AIP-155), if any.</summary>
    private async Task<ReportProgressResponse?> PriorReportAsync(Caller caller, string commitmentId, Guid requestId, CancellationToken cancellationToken)
    {
        var prior = await store.Db.Set<RequestRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.ClientId == caller.ClientId && r.RequestId == requestId, cancellationToken);
        if (prior is null)
            return null;
        var prefix = $"{Model.CollectionName}/{commitmentId}/progressReports/";
        if (!prior.ResourceName.StartsWith(prefix, StringComparison.Ordinal) || !int.TryParse(prior.ResourceName[prefix.Length..], out var number))
            throw new InvalidArgumentException("request_id", $"was already used for {prior.ResourceName}; use a new UUID for a new request");
        var report = await store.Db.Set<Report>().AsNoTracking()
            .SingleAsync(r => r.CommitmentId == commitmentId && r.Number == number, cancellationToken);
        var commitment = await store.GetAsync<Model>(Model.CollectionName, commitmentId, caller, cancellationToken);
        return new ReportProgressResponse { Report = report.Adapt<ProgressReport>(mapping), Commitment = await MapAsync(commitment, cancellationToken) };
    }
}
