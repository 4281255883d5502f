namespace CoopRegistry.Domain.Listing;

/// <summary>The type of value a filterable field takes.</summary>
public enum FilterValueKind
{
    Text,
    Boolean,
    Enum,
}

/// <summary>A field a List method can filter on; for enums, the accepted value names.</summary>
public sealed record FilterField(string Name, FilterValueKind Kind, IReadOnlySet<string>? EnumValues = null);
