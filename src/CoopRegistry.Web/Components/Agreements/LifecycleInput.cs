namespace CoopRegistry.Web.Components.Agreements;

/// <summary>What a person entered for a lifecycle move.</summary>
public sealed record LifecycleInput(Google.Type.Date? Date, string Reason, string Text);
