using CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Web.Records;

/// <summary>Sends one lifecycle move to the registry with the record's etag; returns the agreement as it now stands.</summary>
public sealed class AgreementMoves(AgreementService.AgreementServiceClient agreements)
{
    public async Task<Agreement> SendAsync(Agreement agreement, AgreementAction action, Date? date, string reason, string text)
    {
        var (name, etag) = (agreement.Name, agreement.Etag);
        return action switch
        {
            AgreementAction.StartConsultation => (await agreements.StartConsultationAsync(new StartConsultationRequest
            { Name = name, Etag = etag, DossierDate = date, Bodies = { Lines(text) } })).Agreement,
            AgreementAction.Sign => (await agreements.SignAgreementAsync(new SignAgreementRequest
            { Name = name, Etag = etag, SigningDate = date, SigningPlace = text })).Agreement,
            AgreementAction.BringIntoForce => (await agreements.BringIntoForceAsync(new BringIntoForceRequest
            { Name = name, Etag = etag, EffectiveDate = date })).Agreement,
            AgreementAction.Amend => (await agreements.AmendAgreementAsync(new AmendAgreementRequest
            { Name = name, Etag = etag, EffectiveDate = date, Reason = reason, Description = text })).Agreement,
            AgreementAction.Extend => (await agreements.ExtendAgreementAsync(new ExtendAgreementRequest
            { Name = name, Etag = etag, NewExpiryDate = date, Reason = reason })).Agreement,
            AgreementAction.Suspend => (await agreements.SuspendAgreementAsync(new SuspendAgreementRequest
            { Name = name, Etag = etag, EffectiveDate = date, Reason = reason })).Agreement,
            AgreementAction.Resume => (await agreements.ResumeAgreementAsync(new ResumeAgreementRequest
            { Name = name, Etag = etag, EffectiveDate = date, Reason = reason })).Agreement,
            AgreementAction.Terminate => (await agreements.TerminateAgreementAsync(new TerminateAgreementRequest
            { Name = name, Etag = etag, EffectiveDate = date, Reason = reason })).Agreement,
            AgreementAction.Supersede => (await agreements.SupersedeAgreementAsync(new SupersedeAgreementRequest
            { Name = name, Etag = etag, EffectiveDate = date, Reason = reason, Successor = text })).Agreement,
            AgreementAction.Expire => (await agreements.ExpireAgreementAsync(new ExpireAgreementRequest
            { Name = name, Etag = etag, Reason = reason })).Agreement,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
