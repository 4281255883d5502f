using System.Text.Json.Serialization;

namespace CoopRegistry.Domain.Directory;

/// <summary>What kind of source a fact comes from.</summary>
public enum SourceKind
{
    /// <summary>Not said: read as a document.</summary>
    Unspecified,
    /// <summary>A document about the case: a notice, letter, resolution, minutes.</summary>
    Document,
    /// <summary>A rule for every case of its kind: a law or decree (Law 70/2020/QH14, the Labour Code).</summary>
    Rule,
    /// <summary>A public fact outside the documents (DOMAIN.md's "The places").</summary>
    PublicFact,
}

/// <summary>The source document (or rule) and section a fact was taken from.</summary>
/// <param name="Kind">Left out of stored JSON when unspecified, so records written before it existed read the same.</param>
public sealed record SourceReference(
    string Document,
    string Section,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] SourceKind Kind = SourceKind.Unspecified);
