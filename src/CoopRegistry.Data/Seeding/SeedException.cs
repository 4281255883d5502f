namespace CoopRegistry.Data.Seeding;

/// <summary>A seed file that cannot be loaded; the message names the file and the record.</summary>
public sealed class SeedException(string file, string? record, string problem)
    : Exception(record is null ? $"{file}: {problem}" : $"{file}: record {record}: {problem}")
{
    public string File { get; } = file;
    public string? Record { get; } = record;
}
