namespace CoopRegistry.Domain.Errors;

/// <summary>One thing wrong with one request field (google.rpc.BadRequest.FieldViolation).</summary>
public sealed record FieldViolation(string Field, string Description);
