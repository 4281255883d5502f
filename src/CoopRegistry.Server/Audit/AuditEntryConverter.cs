using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Agency = CoopRegistry.Domain.Directory.Agency;
using Stored = CoopRegistry.Data.Audit;

namespace CoopRegistry.Server.Audit;

/// <summary>A stored audit entry as the contract shows it: images parsed into Structs, agency as a resource name, the person (if one acted) by user name.</summary>
public static class AuditEntryConverter
{
    public static AuditLogEntry ToContract(Stored.AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Time = Timestamp.FromDateTime(DateTime.SpecifyKind(entry.Time, DateTimeKind.Utc)),
        Client = entry.ClientId,
        Agency = entry.AgencyId is null ? "" : Domain.Directory.ResourceNames.Format(Agency.Collection, entry.AgencyId),
        Method = entry.Method,
        Record = entry.RecordName,
        Parent = entry.ParentName ?? "",
        Change = entry.Change switch
        {
            Stored.AuditChange.Created => AuditLogEntry.Types.Change.Created,
            Stored.AuditChange.Updated => AuditLogEntry.Types.Change.Updated,
            Stored.AuditChange.Deleted => AuditLogEntry.Types.Change.Deleted,
            _ => AuditLogEntry.Types.Change.Unspecified,
        },
        Before = Image(entry.Before),
        After = Image(entry.After),
        RequestId = entry.RequestId?.ToString("D") ?? "",
        PreviousHash = ByteString.CopyFrom(entry.PreviousHash),
        Hash = ByteString.CopyFrom(entry.Hash),
        Person = entry.PersonId ?? "",
    };

    private static Struct? Image(string? json) => json is null ? null : Struct.Parser.ParseJson(json);
}
