namespace CoopRegistry.Domain.Directives;

/// <summary>What kind of document a directive is (the contract's DirectiveKind, same values).</summary>
public enum DirectiveKind
{
    Unspecified = 0,
    ConclusionNotice = 1,
    Instruction = 2,
    Resolution = 3,
    OfficialLetter = 4,
    Decision = 5,
    Plan = 6,
}
