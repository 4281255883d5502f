namespace CoopRegistry.Domain.Directory;

/// <summary>The source document and section a fact was taken from.</summary>
public sealed record SourceReference(string Document, string Section);
