using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Cli.Records;

/// <summary>One record collection of the registry, seen the same way by list/show/create/update/import.</summary>
public sealed class RecordKind
{
    /// <summary>The collection, as in resource names: <c>agreements</c>.</summary>
    public required string Collection { get; init; }

    public required MessageDescriptor Descriptor { get; init; }

    /// <summary>Fields shown as table columns by <c>list</c>.</summary>
    public required string[] Columns { get; init; }

    public required Func<IServiceProvider, ListQuery, CancellationToken, Task<Page>> List { get; init; }

    public required Func<IServiceProvider, string, CancellationToken, Task<IMessage>> Get { get; init; }

    /// <summary>Creates the record with the given id (empty: the registry chooses).</summary>
    public required Func<IServiceProvider, IMessage, string, CancellationToken, Task<IMessage>> Create { get; init; }

    public required Func<IServiceProvider, IMessage, FieldMask, CancellationToken, Task<IMessage>> Update { get; init; }

    /// <summary><c>agreements/{id}</c> for an id or a full name.</summary>
    public string NameOf(string idOrName) =>
        idOrName.StartsWith(Collection + "/", StringComparison.Ordinal) ? idOrName : $"{Collection}/{idOrName}";

    /// <summary>The id of <c>agreements/{id}</c> (or of a bare id).</summary>
    public string IdOf(string idOrName) => NameOf(idOrName)[(Collection.Length + 1)..];
}

public sealed record ListQuery(int PageSize, string PageToken, string Filter, string OrderBy, bool ShowDeleted);

public sealed record Page(IReadOnlyList<IMessage> Items, string NextPageToken, int TotalSize);
