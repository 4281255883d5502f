namespace CoopRegistry.Web.Components.Commitments;

/// <summary>What a person entered for an action on a commitment: a progress report's words and percentage, a completion date, a reason.</summary>
public sealed record CommitmentActionInput(string Text, int Percent, Google.Type.Date? Date);
