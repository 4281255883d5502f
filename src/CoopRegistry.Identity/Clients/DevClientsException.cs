namespace CoopRegistry.Identity.Clients;

/// <summary>A dev-clients file that cannot be used; the message names the file and the record.</summary>
public sealed class DevClientsException(string file, string? record, string problem)
    : Exception(record is null ? $"{file}: {problem}" : $"{file}: record {record}: {problem}");
