using CoopRegistry.Clients;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Web.Components.Commitments;

namespace CoopRegistry.Web.Records;

/// <summary>Sends one action on a commitment to the registry (with its etag, or a request id for a report); returns the commitment as it now stands.</summary>
public sealed class CommitmentMoves(CommitmentService.CommitmentServiceClient commitments)
{
    public async Task<Commitment> SendAsync(Commitment commitment, CommitmentAction action, CommitmentActionInput input)
    {
        var (name, etag) = (commitment.Name, commitment.Etag);
        return action switch
        {
            CommitmentAction.ReportProgress => (await commitments.ReportProgressAsync(new ReportProgressRequest
            {
                Name = name,
                RequestId = RequestIds.NewId().ToString(),
                Report = new ProgressReport { Narrative = input.Text, PercentComplete = input.Percent },
            })).Commitment,
            CommitmentAction.RequestCompletion => (await commitments.RequestCompletionAsync(new RequestCompletionRequest
            { Name = name, Etag = etag, CompletedDate = input.Date, Note = input.Text })).Commitment,
            CommitmentAction.AcceptCompletion => (await commitments.AcceptCompletionAsync(new AcceptCompletionRequest { Name = name, Etag = etag })).Commitment,
            CommitmentAction.ReturnCompletion => (await commitments.ReturnCompletionAsync(new ReturnCompletionRequest
            { Name = name, Etag = etag, Reason = input.Text })).Commitment,
            CommitmentAction.Cancel => (await commitments.CancelCommitmentAsync(new CancelCommitmentRequest { Name = name, Etag = etag, Reason = input.Text })).Commitment,
            CommitmentAction.Waive => (await commitments.WaiveCommitmentAsync(new WaiveCommitmentRequest { Name = name, Etag = etag, Reason = input.Text })).Commitment,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }
}
