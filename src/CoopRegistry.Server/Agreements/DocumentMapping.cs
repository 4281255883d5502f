using CoopRegistry.Domain.Documents;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Agreements;

/// <summary>Attached documents, domain → contract.</summary>
public sealed class DocumentMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<RecordDocument, Contract.AgreementDocument>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Kind, src => DocumentConverter.ToContract(src.Kind));
}
