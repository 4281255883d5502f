
namespace CoopRegistry.Server.Protobuf;

/// <summary>A source reference's kind between the contract and the domain (same names, same numbers).</summary>
public static class SourceKinds
{
    /// <summary>INVALID_ARGUMENT on <paramref name="field"/> for a value the contract does not define.</summary>
    public static SourceKind Read(Contract.SourceKind kind, string field) =>
        Enum.IsDefined((SourceKind)(int)kind)
            ? (SourceKind)(int)kind
            : throw new InvalidArgumentException(field, $"{(int)kind} is not a source kind");

    public static Contract.SourceKind ToContract(SourceKind kind) => (Contract.SourceKind)(int)kind;
}
