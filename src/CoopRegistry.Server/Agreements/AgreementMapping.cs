using CoopRegistry.Domain.Agreements;

namespace CoopRegistry.Server.Agreements;

/// <summary>Agreements and their revisions, domain → contract. Documents are filled by the document mapping (AgreementGrpcService.Documents).</summary>
public sealed class AgreementMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // A oneof: setting an empty string would still select its case, so parties are built by hand.
        config.NewConfig<AgreementParty, Contract.Party>().MapWith(party => ToContract(party));
        config.NewConfig<Signatory, Contract.Signatory>();
        config.NewConfig<Renewal, Contract.Renewal>();
        config.NewConfig<PrimeMinisterConsent, Contract.PrimeMinisterConsent>();
        config.NewConfig<ConsultationOpinion, Contract.ConsultationOpinion>()
            .Map(dest => dest.Body, src => ResourceNames.Format(Agency.Collection, src.Body));
        config.NewConfig<Consultation, Contract.Consultation>();
        config.NewConfig<Agreement, Contract.Agreement>()
            .MapRecordNames()
            .Map(dest => dest.Successor, src => MappedLists.Name(Agreement.CollectionName, src.SuccessorId))
            .Map(dest => dest.OriginEvent, src => MappedLists.Name(RecordCollections.Events, src.OriginEventId))
            .Map(dest => dest.Directives, src => MappedLists.Names(RecordCollections.Directives, src.DirectiveIds))
            .Ignore(dest => dest.Documents);
        config.NewConfig<AgreementRevision, Contract.AgreementRevision>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.RecordedByAgency, src => ResourceNames.Format(Agency.Collection, src.RecordedByAgency));
    }

    private static Contract.Party ToContract(AgreementParty party)
    {
        var result = new Contract.Party { Role = (Contract.PartyRole)party.Role };
        if (party.ProvinceCode is not null)
            result.Province = ResourceNames.Format(Province.Collection, party.ProvinceCode);
        else if (party.AgencyId is not null)
            result.Agency = ResourceNames.Format(Agency.Collection, party.AgencyId);
        else if (party.Enterprise is not null)
            result.Enterprise = party.Enterprise;
        return result;
    }
}
