
namespace CoopRegistry.Server.Protobuf;

/// <summary>
/// Id and list conversions for Mapster maps, as plain methods. A lambda written inside a map
/// (<c>src.Ids.Select(id => …)</c>) is compiled into Mapster's adapter as a nested lambda, and the
/// compiled adapter then builds a new delegate for it on every record it maps: profiling a listing
/// showed that as a twentieth of the registry's CPU.
/// </summary>
internal static class MappedLists
{
    /// <summary>An optional id as a resource name of <paramref name="collection"/>; "" (the contract's unset) when there is none.</summary>
    public static string Name(string collection, string? id) => string.IsNullOrEmpty(id) ? "" : ResourceNames.Format(collection, id);

    /// <summary>Ids as resource names of <paramref name="collection"/>.</summary>
    public static IEnumerable<string> Names(string collection, IEnumerable<string> ids) =>
        ids.Select(id => ResourceNames.Format(collection, id));

    /// <summary>Domain enum values as the contract's enum of the same numbers (both are int enums).</summary>
    public static IEnumerable<TContract> Numbers<TDomain, TContract>(IEnumerable<TDomain> values)
        where TDomain : struct, Enum
        where TContract : struct, Enum =>
        values.Select(System.Runtime.CompilerServices.Unsafe.BitCast<TDomain, TContract>);
}
