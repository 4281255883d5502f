namespace CoopRegistry.Web.Components.Admin;

/// <summary>A person as saved, with the password the token service generated (shown once), if any.</summary>
public sealed record PersonSaved(CoopRegistry.Contracts.V1.Person Person, string? Password);
