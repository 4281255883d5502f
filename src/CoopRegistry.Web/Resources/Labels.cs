namespace CoopRegistry.Web.Resources;

/// <summary>Labels of the contract's enum values (`AgreementState_InForce`): Labels.resx (Vietnamese) and Labels.en.resx (English).</summary>
public sealed class Labels;
