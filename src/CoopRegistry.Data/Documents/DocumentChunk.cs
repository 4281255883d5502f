namespace CoopRegistry.Data.Documents;

/// <summary>One piece of a stored document's content, in order: every chunk is 1 MiB but the last.</summary>
public sealed class DocumentChunk
{
    public string DocumentId { get; set; } = "";
    public int Sequence { get; set; }
    public byte[] Data { get; set; } = [];
}
