namespace CoopRegistry.Cli.Import;

public enum ImportResult
{
    Created,
    Updated,
    /// <summary>The record exists and the row changes nothing.</summary>
    Skipped,
    Refused,
}

/// <summary>What became of one row.</summary>
public sealed record ImportOutcome(int Line, string Name, ImportResult Result, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> ChangedFields);
