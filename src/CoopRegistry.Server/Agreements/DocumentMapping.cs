namespace CoopRegistry.Server.Agreements;

/// <summary>Attached documents, domain → contract.</summary>
public sealed class DocumentMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<RecordDocument, Contract.AgreementDocument>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.Kind, src => Kind(src.Kind));

    private static Contract.DocumentKind Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedOriginal => Contract.DocumentKind.SignedOriginal,
        DocumentKind.Translation => Contract.DocumentKind.Translation,
        DocumentKind.Annex => Contract.DocumentKind.Annex,
        DocumentKind.Draft => Contract.DocumentKind.Draft,
        _ => Contract.DocumentKind.Unspecified,
    };
}
