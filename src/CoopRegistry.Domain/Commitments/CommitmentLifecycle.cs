namespace CoopRegistry.Domain.Commitments;

/// <summary>
/// The lifecycle: an open commitment takes progress reports; the lead asks for completion, the
/// authority accepts it (done; on time or late is judged by the completed date against the
/// deadline) or returns it with a reason (open again); an open commitment may be cancelled or
/// waived with a reason. Done, cancelled and waived are final. A move the state does not allow is
/// FAILED_PRECONDITION with a reason naming why (COMMITMENT_CLOSED, COMPLETION_NOT_REQUESTED,
/// COMPLETION_ALREADY_REQUESTED, WITHDRAWN); bad input is INVALID_ARGUMENT naming the field.
/// Who may make each move is <see cref="Access.CommitmentAccess"/>'s business, not this file's.
/// </summary>
public sealed partial class Commitment
{
    public const int NarrativeLength = 8000;
    public const int NoteLength = 4000;
    public const int ReasonLength = 2000;
    public const int EvidenceCount = 50;
    public const int EvidenceLength = 2000;

    /// <summary>
    /// Records a progress report (number = the next one) and returns it; the caller stores it. The
    /// period defaults to the local month of <paramref name="now"/>; an end left out is the last day
    /// of the start's month.
    /// </summary>
    public ProgressReport ReportProgress(
        string? narrative, int percentComplete, IReadOnlyList<string> evidence, DateOnly? periodStart, DateOnly? periodEnd,
        string reporterAgencyId, string reporterClientId, DateTime now, string? reporterPersonId = null)
    {
        DemandOpen("ReportProgress");
        var violations = new FieldViolations();
        if (string.IsNullOrWhiteSpace(narrative))
            violations.Add("report.narrative", "is required: say what was done");
        else if (narrative.Length > NarrativeLength)
            violations.Add("report.narrative", $"is longer than {NarrativeLength} characters");
        if (percentComplete is < 0 or > 100)
            violations.Add("report.percent_complete", $"{percentComplete} is not a percentage 0-100");
        EvidenceViolations("report.evidence", evidence, violations);
        var today = HomeTime.Today(now);
        var start = periodStart ?? new DateOnly(today.Year, today.Month, 1);
        var end = periodEnd ?? new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
        if (end < start)
            violations.Add("report.period_end", $"{end:yyyy-MM-dd} is before period_start {start:yyyy-MM-dd}");
        violations.ThrowIfAny();

        var report = new ProgressReport
        {
            CommitmentId = Id,
            Number = ReportCount + 1,
            Narrative = narrative!.Trim(),
            PercentComplete = percentComplete,
            Evidence = [.. evidence.Select(e => e.Trim())],
            PeriodStart = start,
            PeriodEnd = end,
            ReporterAgencyId = reporterAgencyId,
            ReporterClientId = reporterClientId,
            ReporterPersonId = reporterPersonId,
            ReportTime = now,
        };
        PercentComplete = percentComplete;
        LastReportTime = now;
        ReportCount = report.Number;
        return report;
    }

    /// <summary>The lead asks for completion, stating the local day the work was done (today when unset; never later).</summary>
    public void RequestCompletion(DateOnly? completedDate, string? note, IReadOnlyList<string> evidence, DateTime now)
    {
        DemandOpen("RequestCompletion");
        if (CompletionState == CompletionState.Requested)
            throw Refused("COMPLETION_ALREADY_REQUESTED",
                $"completion was already asked for on {CompletionRequestTime:yyyy-MM-dd HH:mm}Z; the authority accepts or returns it first");
        var today = HomeTime.Today(now);
        var violations = new FieldViolations();
        var date = completedDate ?? today;
        if (date > today)
            violations.Add("completed_date", $"{date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} in {HomeTime.Zone.Id})");
        if (note?.Length > NoteLength)
            violations.Add("note", $"is longer than {NoteLength} characters");
        EvidenceViolations("evidence", evidence, violations);
        violations.ThrowIfAny();
        CompletionState = CompletionState.Requested;
        CompletedDate = date;
        CompletionRequestTime = now;
        CompletionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        CompletionEvidence = [.. evidence.Select(e => e.Trim())];
        CompletionDecisionTime = null;
        CompletionDecidedBy = null;
        CompletionDecidedByPerson = null;
        CompletionReturnReason = null;
    }

    /// <summary>The authority accepts the requested completion: the commitment is done, on the requested completed date.</summary>
    public void AcceptCompletion(string decidedByAgencyId, DateTime now, string? decidedByPerson = null)
    {
        DemandOpen("AcceptCompletion");
        DemandRequested("AcceptCompletion");
        Lifecycle = CommitmentLifecycleState.Done;
        CompletionState = CompletionState.Accepted;
        CompletionDecisionTime = now;
        CompletionDecidedBy = decidedByAgencyId;
        CompletionDecidedByPerson = decidedByPerson;
        PercentComplete = 100;
    }

    /// <summary>The authority returns the requested completion with a reason: work goes on.</summary>
    public void ReturnCompletion(string? reason, string decidedByAgencyId, DateTime now, string? decidedByPerson = null)
    {
        DemandOpen("ReturnCompletion");
        DemandRequested("ReturnCompletion");
        CompletionReturnReason = DemandReason(reason, "say why the completion is returned");
        CompletionState = CompletionState.Returned;
        CompletionDecisionTime = now;
        CompletionDecidedBy = decidedByAgencyId;
        CompletionDecidedByPerson = decidedByPerson;
    }

    /// <summary>Cancels an open commitment, with a reason.</summary>
    public void Cancel(string? reason, DateTime now) => Close(CommitmentLifecycleState.Cancelled, "CancelCommitment", reason, "say why it is cancelled", now);

    /// <summary>Waives an open commitment, with a reason.</summary>
    public void Waive(string? reason, DateTime now) => Close(CommitmentLifecycleState.Waived, "WaiveCommitment", reason, "say why it is waived", now);

    /// <summary>
    /// The instant it stopped being open: when it was cancelled or waived, or when its completion
    /// was accepted; null while open.
    /// </summary>
    public DateTime? ClosedAt() => Lifecycle switch
    {
        CommitmentLifecycleState.Open => null,
        CommitmentLifecycleState.Done => CompletionDecisionTime ?? ClosedTime,
        _ => ClosedTime,
    };

    private void Close(CommitmentLifecycleState to, string move, string? reason, string why, DateTime now)
    {
        DemandOpen(move);
        ClosingReason = DemandReason(reason, why);
        Lifecycle = to;
        ClosedTime = now;
    }

    private void DemandOpen(string move)
    {
        DemandNotWithdrawn();
        if (Lifecycle != CommitmentLifecycleState.Open)
            throw Refused("COMMITMENT_CLOSED", $"is {LifecycleName(Lifecycle)}: {move} is allowed only on an open commitment");
    }

    private void DemandRequested(string move)
    {
        if (CompletionState != CompletionState.Requested)
            throw Refused("COMPLETION_NOT_REQUESTED",
                $"no completion is awaiting a decision ({(CompletionState == CompletionState.Returned ? "the last one was returned" : "none was asked for")}): {move} needs RequestCompletion by the lead first");
    }

    private static string DemandReason(string? reason, string why)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new InvalidArgumentException("reason", $"is required: {why}");
        if (reason.Length > ReasonLength)
            throw new InvalidArgumentException("reason", $"is longer than {ReasonLength} characters");
        return reason.Trim();
    }

    private static void EvidenceViolations(string field, IReadOnlyList<string> evidence, FieldViolations violations)
    {
        if (evidence.Count > EvidenceCount)
            violations.Add(field, $"has {evidence.Count} references; at most {EvidenceCount}");
        for (var i = 0; i < evidence.Count && i < EvidenceCount; i++)
        {
            if (string.IsNullOrWhiteSpace(evidence[i]))
                violations.Add($"{field}[{i}]", "is empty");
            else if (evidence[i].Length > EvidenceLength)
                violations.Add($"{field}[{i}]", $"is longer than {EvidenceLength} characters");
        }
    }

    private static string LifecycleName(CommitmentLifecycleState state) => state switch
    {
        CommitmentLifecycleState.Done => "done",
        CommitmentLifecycleState.Cancelled => "cancelled",
        CommitmentLifecycleState.Waived => "waived",
        _ => "open",
    };

    private FailedPreconditionException Refused(string reason, string message) => new(reason, ResourceName, $"{ResourceName} {message}");
}
