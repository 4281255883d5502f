using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Server.Agreements;
using Deadline = CoopRegistry.Domain.Deadlines.Deadline;
using Model = CoopRegistry.Domain.Commitments.Commitment;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// CommitmentService: the standard methods and ParseDeadline here (rules in Domain/Commitments);
/// the lifecycle (progress, completion, cancel, waive, upcoming deadlines) in the other files of this partial class.
/// </summary>
public sealed partial class CommitmentGrpcService(RecordStore store, AsOfReader asOf, HolidayCalendars calendars, TypeAdapterConfig mapping)
    : CommitmentService.CommitmentServiceBase
{
    private readonly RecordCalls<Model> records = new(store, asOf, Model.CollectionName);

    public override async Task<GetCommitmentResponse> GetCommitment(GetCommitmentRequest request, ServerCallContext context)
    {
        if (request.ReadTime is { } readTime)
            return new GetCommitmentResponse { Commitment = await records.GetAsOfAsync<Contracts.V1.Commitment>(request.Name, readTime, context) };
        var commitment = await records.GetAsync(request.Name, context);
        return new GetCommitmentResponse { Commitment = await MapAsync(commitment, context.CancellationToken) };
    }

    public override async Task<ListCommitmentsResponse> ListCommitments(ListCommitmentsRequest request, ServerCallContext context)
    {
        var now = store.Now;
        var page = await CommitmentListing.ListAsync(store.Visible<Model>(context.Caller()), now,
            request.PageSize, request.PageToken, request.Filter, request.OrderBy, context.CancellationToken);
        return new ListCommitmentsResponse
        {
            Commitments = { await MapAllAsync(page.Items, now, context.CancellationToken) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }

    public override async Task<CreateCommitmentResponse> CreateCommitment(CreateCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var (commitment, requestId) = CommitmentConverter.ForCreate(request, caller, HomeTime.Today(store.Now));
        var created = await CreateNewAsync(commitment, caller, requestId, context.CancellationToken);
        return new CreateCommitmentResponse { Commitment = await MapAsync(created, context.CancellationToken) };
    }

    /// <summary>
    /// A new commitment through the store: its deadline facts kept after the access check, its lead
    /// agency judged from the references read once they all exist and are visible (the source's
    /// visibility is that read's too: it reads through the views of visible rows).
    /// </summary>
    private Task<Model> CreateNewAsync(Model commitment, Caller caller, Guid? requestId, CancellationToken cancellationToken) =>
        store.CreateAsync(commitment, caller, requestId, c => KeepFactsAsync(c, cancellationToken),
            found => store.DemandOwnObligationAsync(commitment, found, cancellationToken), cancellationToken);

    public override async Task<UpdateCommitmentResponse> UpdateCommitment(UpdateCommitmentRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var paths = UpdateMasks.Resolve(request.UpdateMask, Model.UpdatableFields);
        var (id, changes) = CommitmentConverter.ForUpdate(request.Commitment, paths);
        var commitment = await records.ForChangeByIdAsync(id, request.Commitment.Etag, context);
        var deadline = paths.Contains("deadline") ? changes.Deadline : commitment.Deadline;
        commitment.Edit(changes, paths, HomeTime.Today(store.Now), await CalendarForAsync(deadline, commitment.HomeProvinceCode, context.CancellationToken));
        var saved = await store.SaveAsync(commitment, caller, found => store.DemandOwnObligationAsync(commitment, found, context.CancellationToken), context.CancellationToken);
        return new UpdateCommitmentResponse { Commitment = await MapAsync(saved, context.CancellationToken) };
    }

    public override async Task<ParseDeadlineResponse> ParseDeadline(ParseDeadlineRequest request, ServerCallContext context)
    {
        var from = request.FromDate.ToDateOnly("from_date");
        var deadline = DeadlineParser.Parse(request.Text);
        deadline = Dated(deadline, from);
        var calendar = await CalendarForAsync(deadline, context.Caller().ProvinceCode, context.CancellationToken);
        var lastDay = deadline.LastDay(calendar);
        var overdueFrom = deadline.IsFirm && deadline is not Deadline.Recurring ? deadline.OverdueFrom(HomeTime.Zone, calendar)?.UtcDateTime : null;
        return new ParseDeadlineResponse { Deadline = DeadlineMapping.ToContract(deadline, lastDay, overdueFrom) };
    }

    private static Deadline Dated(Deadline deadline, DateOnly? from) => (deadline, from) switch
    {
        (Deadline.WithinWorkingDays { From: null } working, { } day) => working.Dated(day),
        (Deadline.Tentative tentative, { }) => tentative with { Expected = Dated(tentative.Expected, from) },
        _ => deadline,
    };

    /// <summary>Keeps the deadline facts (with the home country's holidays when the deadline counts working days) and the missing elements.</summary>
    private async Task KeepFactsAsync(Model commitment, CancellationToken cancellationToken) =>
        CommitmentRules.Normalize(commitment, HomeTime.Today(store.Now),
            await CalendarForAsync(commitment.Deadline, commitment.HomeProvinceCode, cancellationToken));

    private async Task<WorkingCalendar?> CalendarForAsync(Deadline? deadline, string provinceCode, CancellationToken cancellationToken) =>
        CommitmentRules.NeedsCalendar(deadline)
            ? await calendars.ForCountryAsync(AgreementRequests.Country(provinceCode), cancellationToken)
            : null;

    // Mapping (state at now, occurrences of recurring ones): MapAsync / MapAllAsync in CommitmentGrpcService.Lifecycle.cs.
}
