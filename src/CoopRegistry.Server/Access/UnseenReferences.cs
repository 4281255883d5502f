using System.Collections;
using CoopRegistry.Contracts.V1;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Access;

/// <summary>
/// Takes out of an answer every reference to a register record the caller may not Get: an
/// agreement's <c>successor</c> or <c>directives</c>, a plan's <c>agreements</c>, a commitment's
/// <c>source.record</c>, a directive's <c>linked_records</c>… A name alone says that a record
/// exists, so it is shown only where Get would show the record. The walk follows the descriptors
/// of the five record messages wherever they appear (Get, List, write answers, as-of reads, the
/// change feed's images), so a reference field added to the contract is covered without being listed.
/// </summary>
public static class UnseenReferences
{
    private static readonly HashSet<MessageDescriptor> RecordMessages =
        [Agreement.Descriptor, Plan.Descriptor, Event.Descriptor, Directive.Descriptor, Commitment.Descriptor];

    private static readonly HashSet<string> Collections =
        [RecordCollections.Agreements, RecordCollections.Plans, RecordCollections.Events, RecordCollections.Directives, RecordCollections.Commitments];

    /// <summary>Clears (or drops from lists) the references in <paramref name="answer"/> that the caller's row scope hides.</summary>
    public static async Task PruneAsync(IMessage answer, RecordStore store, CancellationToken cancellationToken)
    {
        var found = new List<(IMessage Owner, FieldDescriptor Field, string Collection, string Id)>();
        Collect(answer, insideRecord: false, found);
        if (found.Count == 0)
            return;
        // Every collection's ids in one read: a page of commitments names records of four collections.
        var ids = found.GroupBy(f => f.Collection).ToDictionary(g => g.Key, g => g.Select(f => f.Id).Distinct().ToList());
        var visible = await store.VisibleIdsAsync(ids, cancellationToken);
        foreach (var (owner, field, collection, id) in found.Where(f => !visible.Contains((f.Collection, f.Id))))
        {
            if (field.IsRepeated)
                ((IList)field.Accessor.GetValue(owner)).Remove($"{collection}/{id}");
            else
                field.Accessor.SetValue(owner, "");
        }
    }

    private static void Collect(IMessage message, bool insideRecord, List<(IMessage, FieldDescriptor, string, string)> found)
    {
        var isRecord = RecordMessages.Contains(message.Descriptor);
        insideRecord |= isRecord;
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.IsMap)
                continue;
            var value = field.Accessor.GetValue(message);
            if (field.FieldType == FieldType.Message)
            {
                if (field.IsRepeated)
                    foreach (var child in ((IList)value).Cast<IMessage>())
                        Collect(child, insideRecord, found);
                else if (value is IMessage child)
                    Collect(child, insideRecord, found);
            }
            // A record's own name is the record itself: the service already decided it may be shown.
            else if (insideRecord && field.FieldType == FieldType.String && !(isRecord && field.Name == "name"))
            {
                var texts = field.IsRepeated ? ((IList)value).Cast<string>().ToList() : [(string)value];
                foreach (var text in texts)
                    if (ParseRecordName(text) is { } reference)
                        found.Add((message, field, reference.Collection, reference.Id));
            }
        }
    }

    /// <summary>"directives/x" → (directives, x); anything else (a part's name, free text) → null.</summary>
    private static (string Collection, string Id)? ParseRecordName(string text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0)
            return null;
        var collection = text[..slash];
        return Collections.Contains(collection) ? (collection, text[(slash + 1)..]) : null;
    }
}
