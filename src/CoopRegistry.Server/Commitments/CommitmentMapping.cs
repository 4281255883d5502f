using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Server.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Domain → contract for commitments. What depends on the clock (state) is not Mapster's: call
/// <see cref="ToContract"/>, which maps the stored fields, builds source, party, deadline and completion, and computes the state at `now`.
/// </summary>
public sealed class CommitmentMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Commitment, Contract.Commitment>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.HomeProvince, src => Name(Province.Collection, src.HomeProvinceCode))
            .Map(dest => dest.LeadAgency, src => Name(Agency.Collection, src.LeadAgencyId))
            .Map(dest => dest.CoordinatingAgencies, src => MappedLists.Names(Agency.Collection, src.CoordinatingAgencyIds))
            .Map(dest => dest.PartnerProvinces, src => MappedLists.Names(Province.Collection, src.PartnerProvinceCodes))
            .Map(dest => dest.ApprovingAuthority, src => Name(Agency.Collection, src.ApprovingAuthorityId))
            .Map(dest => dest.MissingElements, src => MappedLists.Numbers<SixClearsElement, Contract.SixClearsElement>(src.MissingElements))
            // Messages with a oneof are built here, not deep-copied by Mapster (which would set every case in turn).
            .Ignore(dest => dest.Source)
            .Ignore(dest => dest.CommittingParty)
            .Ignore(dest => dest.Deadline)
            .Ignore(dest => dest.Completion)
            .Ignore(dest => dest.State)
            .Ignore(dest => dest.Occurrences);
    }

    /// <summary>The commitment as callers see it at <paramref name="now"/> (UTC): the stored fields and the computed state.</summary>
    public static Contract.Commitment ToContract(Commitment commitment, TypeAdapterConfig mapping, DateTime now)
    {
        var contract = commitment.Adapt<Contract.Commitment>(mapping);
        contract.Source = new Contract.CommitmentSource
        {
            Record = Name(commitment.SourceCollection, commitment.SourceId),
            Section = commitment.SourceSection ?? "",
        };
        contract.CommittingParty = Party(commitment);
        contract.Deadline = commitment.Deadline is { } deadline ? CommitmentConverter.ToContract(deadline, commitment.DueDate, commitment.OverdueFrom) : null;
        contract.Completion = Completion(commitment);
        contract.State = (Contract.CommitmentState)(int)CommitmentStatus.At(commitment, now);
        return contract;
    }

    private static Contract.CommittingParty Party(Commitment src) =>
        src.CommittingProvinceCode is { } province ? new Contract.CommittingParty { Province = Name(Province.Collection, province) }
        : src.CommittingEnterprise is { } enterprise ? new Contract.CommittingParty { Enterprise = enterprise }
        // Defaults to the lead agency (commitment.proto).
        : new Contract.CommittingParty { Agency = Name(Agency.Collection, src.CommittingAgencyId ?? src.LeadAgencyId) };

    private static Contract.Completion? Completion(Commitment src) => src.CompletionState == CompletionState.None && src.CompletedDate is null
        ? null
        : new Contract.Completion
        {
            State = (Contract.CompletionState)(int)src.CompletionState,
            CompletedDate = ProtoDates.ToProto(src.CompletedDate),
            RequestTime = ProtoDates.ToProto(src.CompletionRequestTime),
            Note = src.CompletionNote ?? "",
            Evidence = { src.CompletionEvidence },
            DecisionTime = ProtoDates.ToProto(src.CompletionDecisionTime),
            DecidedBy = Name(Agency.Collection, src.CompletionDecidedBy),
            ReturnReason = src.CompletionReturnReason ?? "",
            DecidedByPerson = src.CompletionDecidedByPerson ?? "",
        };

    private static string Name(string collection, string? id) => string.IsNullOrEmpty(id) ? "" : ResourceNames.Format(collection, id);
}
