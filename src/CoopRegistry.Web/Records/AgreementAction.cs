using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Records;

/// <summary>The lifecycle moves of an agreement (Law 70/2020 and its revisions).</summary>
public enum AgreementAction
{
    StartConsultation,
    Sign,
    BringIntoForce,
    Amend,
    Extend,
    Suspend,
    Resume,
    Terminate,
    Supersede,
    Expire,
}

/// <summary>
/// Which moves the detail page offers: those the record's state allows (as the registry's rules
/// do) and only to a manager of the record's home province. The registry still decides each call.
/// </summary>
public static class AgreementActions
{
    public static IReadOnlyList<AgreementAction> Offered(Agreement agreement, PersonRights rights)
    {
        if (!rights.CanManage || !rights.IsHomeOf(agreement.HomeProvince) || agreement.DeleteTime is not null)
            return [];
        return agreement.State switch
        {
            // A province-level agreement is signed only after consultation (Art. 19).
            AgreementState.Draft => agreement.Level == CooperationLevel.Province
                ? [AgreementAction.StartConsultation]
                : [AgreementAction.StartConsultation, AgreementAction.Sign],
            AgreementState.InConsultation => [AgreementAction.Sign],
            AgreementState.Signed => [AgreementAction.BringIntoForce, AgreementAction.Amend, AgreementAction.Terminate, AgreementAction.Supersede],
            AgreementState.InForce => [AgreementAction.Amend, AgreementAction.Extend, AgreementAction.Suspend, AgreementAction.Terminate, AgreementAction.Supersede, AgreementAction.Expire],
            AgreementState.Suspended => [AgreementAction.Resume, AgreementAction.Terminate, AgreementAction.Supersede, AgreementAction.Expire],
            _ => [],
        };
    }

    /// <summary>Which inputs a move asks for.</summary>
    public static ActionInputs InputsOf(AgreementAction action) => action switch
    {
        AgreementAction.StartConsultation => new(Date: true, Reason: false, Text: true),
        AgreementAction.Sign => new(Date: true, Reason: false, Text: true),
        AgreementAction.BringIntoForce => new(Date: true, Reason: false, Text: false),
        AgreementAction.Amend => new(Date: true, Reason: true, Text: true),
        AgreementAction.Supersede => new(Date: true, Reason: true, Text: true),
        AgreementAction.Expire => new(Date: false, Reason: true, Text: false),
        _ => new(Date: true, Reason: true, Text: false),
    };
}

/// <summary>A move's inputs: a date (effective, signing, dossier, new expiry), a reason, one more text (bodies, place, description, successor).</summary>
public sealed record ActionInputs(bool Date, bool Reason, bool Text);
