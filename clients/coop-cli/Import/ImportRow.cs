using System.Text.Json.Nodes;

namespace CoopRegistry.Cli.Import;

/// <summary>One record of an import file: where it starts (line, counting from 1) and its protobuf JSON.</summary>
public sealed record ImportRow(int Line, JsonObject Json, IReadOnlyList<FieldError> Errors);
