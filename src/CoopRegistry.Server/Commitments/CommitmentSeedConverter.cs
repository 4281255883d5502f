using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Seed commitments (seeds/commitments.json, the contract's protobuf JSON form): read as a Create
/// is (<see cref="CommitmentConverter"/>), but the name, home province and the output-only fields
/// (state, completion, closing reason, statutory basis, percent complete) are taken as written.
/// Seeds state their start date.
/// </summary>
public static class CommitmentSeedConverter
{
    private const string Prefix = "commitment.";

    public static Commitment FromSeed(Contract.Commitment seed)
    {
        var violations = new FieldViolations();
        var commitment = CommitmentConverter.Read(seed, violations);
        commitment.Id = violations.Check(() => ResourceNames.ParseId(Commitment.CollectionName, seed.Name, Prefix + "name")) ?? "";
        commitment.HomeProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, seed.HomeProvince, Prefix + "home_province")) ?? "";
        if (commitment.StartDate == default)
            violations.Add(Prefix + "start_date", "is required in a seed (the registry would otherwise date it by the day it was loaded)");
        commitment.StatutoryBasis = RequestFields.Optional(seed.StatutoryBasis);
        commitment.ClosingReason = RequestFields.Optional(seed.ClosingReason);
        commitment.PercentComplete = seed.PercentComplete;
        commitment.Lifecycle = Lifecycle(seed.State, violations);
        if (seed.Completion is { } completion)
            ReadCompletion(completion, commitment, violations);
        if (commitment.Lifecycle == CommitmentLifecycleState.Done && commitment.CompletedDate is null)
            violations.Add(Prefix + "completion.completed_date", "is required for a done commitment: on time is judged by it");
        violations.Throw(CommitmentRules.Validate(commitment));
        try
        {
            CommitmentRules.Normalize(commitment, commitment.StartDate);
        }
        catch (FailedPreconditionException e)
        {
            throw new InvalidArgumentException(Prefix + "deadline", $"cannot be seeded: {e.Message}");
        }
        return commitment;
    }

    private static CommitmentLifecycleState Lifecycle(Contract.CommitmentState state, FieldViolations violations) => state switch
    {
        Contract.CommitmentState.Unspecified or Contract.CommitmentState.NotStarted or Contract.CommitmentState.InProgress
            or Contract.CommitmentState.Overdue => CommitmentLifecycleState.Open,
        Contract.CommitmentState.DoneOnTime or Contract.CommitmentState.DoneLate => CommitmentLifecycleState.Done,
        Contract.CommitmentState.Cancelled => CommitmentLifecycleState.Cancelled,
        Contract.CommitmentState.Waived => CommitmentLifecycleState.Waived,
        _ => violations.Invalid<CommitmentLifecycleState?>(Prefix + "state", $"{state} is not a commitment state") ?? CommitmentLifecycleState.Open,
    };

    private static void ReadCompletion(Contract.Completion completion, Commitment commitment, FieldViolations violations)
    {
        commitment.CompletionState = (CompletionState)completion.State;
        if (!Enum.IsDefined(commitment.CompletionState))
            violations.Add(Prefix + "completion.state", $"{completion.State} is not a completion state");
        commitment.CompletedDate = violations.Date(completion.CompletedDate, Prefix + "completion.completed_date");
        commitment.CompletionRequestTime = completion.RequestTime?.ToDateTime();
        commitment.CompletionNote = RequestFields.Optional(completion.Note);
        commitment.CompletionEvidence = [.. completion.Evidence];
        commitment.CompletionDecisionTime = completion.DecisionTime?.ToDateTime();
        commitment.CompletionDecidedBy = violations.Id(Agency.Collection, completion.DecidedBy, Prefix + "completion.decided_by");
        commitment.CompletionReturnReason = RequestFields.Optional(completion.ReturnReason);
    }
}
