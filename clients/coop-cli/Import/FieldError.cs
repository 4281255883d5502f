namespace CoopRegistry.Cli.Import;

/// <summary>Why a value was refused, and which field it was in.</summary>
public sealed record FieldError(string Field, string Message);
