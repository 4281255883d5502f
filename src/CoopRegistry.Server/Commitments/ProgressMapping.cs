using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Commitments;

/// <summary>
/// Progress reports and monthly occurrences, domain → contract (the lifecycle's part of the
/// commitment mapping; <see cref="Commitments.CommitmentOccurrences"/> fills a mapped commitment's
/// occurrences, which need its reports).
/// </summary>
public sealed class ProgressMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ProgressReport, Contract.ProgressReport>()
            .Map(dest => dest.Name, src => src.ResourceName)
            .Map(dest => dest.ReporterAgency, src => ResourceNames.Format(Agency.Collection, src.ReporterAgencyId))
            .Map(dest => dest.ReporterClient, src => src.ReporterClientId)
            .Map(dest => dest.ReporterPerson, src => src.ReporterPersonId);
        config.NewConfig<Occurrence, Contract.Occurrence>()
            .Map(dest => dest.State, src => (Contract.OccurrenceState)(int)src.State)
            .Map(dest => dest.Report, src => src.Report ?? "");
    }
}
