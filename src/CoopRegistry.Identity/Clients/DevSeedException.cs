namespace CoopRegistry.Identity.Clients;

/// <summary>A development seed file (dev-clients.json, dev-people.json) that cannot be used; the message names the file and the record.</summary>
public sealed class DevSeedException(string file, string? record, string problem)
    : Exception(record is null ? $"{file}: {problem}" : $"{file}: record {record}: {problem}");
