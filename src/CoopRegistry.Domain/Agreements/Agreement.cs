using CoopRegistry.Domain.Records;

namespace CoopRegistry.Domain.Agreements;

/// <summary>An international agreement: MOU, cooperation agreement or signed working minutes. Being built (issue 4).</summary>
public sealed class Agreement : RegistryRecord
{
    public const string CollectionName = RecordCollections.Agreements;

    public override string Collection => CollectionName;

    public string Title { get; set; } = "";

    public override IEnumerable<RecordReference> References() => [];

    protected override IEnumerable<string?> SearchableText() => [Title];
}
