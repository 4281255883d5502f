namespace CoopRegistry.Domain.Documents;

/// <summary>What an attached document is.</summary>
public enum DocumentKind
{
    SignedOriginal = 1,
    Translation = 2,
    Annex = 3,
    Draft = 4,
}
