using CoopRegistry.Contracts.V1;
using Model = CoopRegistry.Domain.Commitments.Commitment;
using Names = CoopRegistry.Domain.Directory.ResourceNames;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// CreateCommitments: the drafts an officer accepted from a notice, saved with their directive as
/// source in one transaction. Each is checked as CreateCommitment checks it, its errors named
/// "commitments[i].…"; every draft's errors are reported at once.
/// </summary>
public sealed partial class CommitmentGrpcService
{
    public const int MaxBatch = 500;

    public override async Task<CreateCommitmentsResponse> CreateCommitments(CreateCommitmentsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var today = HomeTime.Today(store.Now);
        var violations = new FieldViolations();
        var requestId = violations.Check(() => RequestIds.Parse(request.RequestId));
        violations.Check(() => Names.ParseId(Domain.Directives.Directive.CollectionName, request.Directive, "directive"));
        if (request.Commitments.Count is 0 or > MaxBatch)
            violations.Add("commitments", $"holds 1 to {MaxBatch} commitments");
        var commitments = new List<Model>();
        for (var i = 0; i < request.Commitments.Count; i++)
        {
            var source = request.Commitments[i].Clone();
            source.Source ??= new CommitmentSource();
            if (source.Source.Record.Length > 0 && source.Source.Record != request.Directive)
                violations.Add(Indexed(i, "commitment.source.record"), $"must be empty or {request.Directive}");
            source.Source.Record = request.Directive;
            if (violations.Check(() => WithIndex(i, () => CommitmentConverter.ForCreate(new CreateCommitmentRequest { Commitment = source }, caller, today).Commitment)) is { } read)
                commitments.Add(read);
        }
        violations.ThrowIfAny();

        var created = await store.InTransactionAsync(async () =>
        {
            var saved = new List<Model>();
            for (var i = 0; i < commitments.Count; i++)
            {
                var index = i;
                saved.Add(await WithIndexAsync(i, () => CreateNewAsync(commitments[index], caller, ItemRequestId(requestId, index), context.CancellationToken)));
            }
            return saved;
        }, context.CancellationToken);
        return new CreateCommitmentsResponse { Commitments = { await MapAllAsync(created, store.Now, context.CancellationToken) } };
    }

    // Each commitment is remembered under its own id derived from the batch's, so a retry finds every one.
    private static Guid? ItemRequestId(Guid? requestId, int index)
    {
        if (requestId is not { } batch)
            return null;
        var hash = SHA256.HashData([.. batch.ToByteArray(), .. BitConverter.GetBytes(index)]);
        return new Guid(hash.AsSpan(0, 16));
    }

    private static T WithIndex<T>(int index, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidArgumentException e)
        {
            throw Renamed(index, e);
        }
    }

    private static async Task<T> WithIndexAsync<T>(int index, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (InvalidArgumentException e)
        {
            throw Renamed(index, e);
        }
    }

    private static InvalidArgumentException Renamed(int index, InvalidArgumentException e) =>
        new([.. e.Violations.Select(v => v with { Field = Indexed(index, v.Field) })]);

    // "commitment.lead_agency" of the third → "commitments[2].lead_agency".
    private static string Indexed(int index, string field) =>
        field.StartsWith("commitment.", StringComparison.Ordinal) ? $"commitments[{index}].{field["commitment.".Length..]}"
        : field == "commitment" ? $"commitments[{index}]"
        : $"commitments[{index}].{field}";
}
