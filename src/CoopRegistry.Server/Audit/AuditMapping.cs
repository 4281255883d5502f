using CoopRegistry.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Agency = CoopRegistry.Domain.Directory.Agency;
using ResourceNames = CoopRegistry.Domain.Directory.ResourceNames;

namespace CoopRegistry.Server.Audit;

/// <summary>Stored audit entries and chain breaks, domain → contract: images parsed into Structs, agency as a resource name, the person (if one acted) by user name.</summary>
public sealed class AuditMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<AuditEntry, AuditLogEntry>()
            .Map(dest => dest.Client, src => src.ClientId)
            .Map(dest => dest.Agency, src => AgencyName(src.AgencyId))
            .Map(dest => dest.Record, src => src.RecordName)
            .Map(dest => dest.Parent, src => src.ParentName)
            .Map(dest => dest.Change, src => Change(src.Change))
            .Map(dest => dest.Before, src => Image(src.Before))
            .Map(dest => dest.After, src => Image(src.After))
            .Map(dest => dest.RequestId, src => RequestId(src.RequestId))
            .Map(dest => dest.PreviousHash, src => Bytes(src.PreviousHash))
            .Map(dest => dest.Hash, src => Bytes(src.Hash))
            .Map(dest => dest.Person, src => src.PersonId ?? "");
        config.NewConfig<AuditChainBreak, ChainBreak>()
            .Map(dest => dest.Fault, src => Fault(src.Fault));
    }

    private static string AgencyName(string? id) => id is null ? "" : ResourceNames.Format(Agency.Collection, id);

    private static AuditLogEntry.Types.Change Change(AuditChange change) => change switch
    {
        AuditChange.Created => AuditLogEntry.Types.Change.Created,
        AuditChange.Updated => AuditLogEntry.Types.Change.Updated,
        AuditChange.Deleted => AuditLogEntry.Types.Change.Deleted,
        _ => AuditLogEntry.Types.Change.Unspecified,
    };

    private static Struct? Image(string? json) => json is null ? null : Struct.Parser.ParseJson(json);

    private static string RequestId(Guid? id) => id?.ToString("D") ?? "";

    private static ByteString Bytes(byte[] bytes) => ByteString.CopyFrom(bytes);

    private static ChainFault Fault(AuditChainFault fault) => fault switch
    {
        AuditChainFault.HashMismatch => ChainFault.HashMismatch,
        AuditChainFault.PreviousHashMismatch => ChainFault.PreviousHashMismatch,
        AuditChainFault.SequenceGap => ChainFault.SequenceGap,
        AuditChainFault.HeadMismatch => ChainFault.HeadMismatch,
        AuditChainFault.CheckpointMismatch => ChainFault.CheckpointMismatch,
        _ => ChainFault.Unspecified,
    };
}
