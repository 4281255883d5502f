namespace CoopRegistry.Domain.Records;

/// <summary>The register's collections, as they appear in resource names.</summary>
public static class RecordCollections
{
    public const string Agreements = "agreements";
    public const string Plans = "plans";
    public const string Events = "events";
    public const string Directives = "directives";
    public const string Commitments = "commitments";
}
