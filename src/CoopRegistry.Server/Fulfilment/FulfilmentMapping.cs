using CoopRegistry.Domain.Fulfilment;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>A computed report, the scope asked for and the lead agencies' names (to order them by).</summary>
public sealed record FulfilmentReportParts(FulfilmentResult Result, Contract.FulfilmentScope? Requested, IReadOnlyDictionary<string, string> AgencyNames);

/// <summary>Fulfilment reports, domain → contract: figures by bucket, lead agencies in Vietnamese name order, recurring months.</summary>
public sealed class FulfilmentMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<FulfilmentFigure, Contract.FulfilmentFigure>();
        config.NewConfig<FulfilmentFigures, Contract.FulfilmentFigures>()
            .Map(dest => dest.DoneOnTime, src => src[FulfilmentBucket.DoneOnTime])
            .Map(dest => dest.DoneLate, src => src[FulfilmentBucket.DoneLate])
            .Map(dest => dest.Overdue, src => src[FulfilmentBucket.Overdue])
            .Map(dest => dest.NotYetDue, src => src[FulfilmentBucket.NotYetDue])
            .Map(dest => dest.Open, src => src[FulfilmentBucket.Open])
            .Map(dest => dest.Cancelled, src => src[FulfilmentBucket.Cancelled])
            .Map(dest => dest.Waived, src => src[FulfilmentBucket.Waived]);
        config.NewConfig<KeyValuePair<string, FulfilmentFigures>, Contract.AgencyFulfilment>()
            .Map(dest => dest.Agency, src => ResourceNames.Format(Agency.Collection, src.Key))
            .Map(dest => dest.Figures, src => src.Value);
        config.NewConfig<RecurringPeriod, Contract.RecurringPeriod>();
        config.NewConfig<FulfilmentReportParts, Contract.FulfilmentReport>()
            .Map(dest => dest.Scope, src => Scope(src))
            .Map(dest => dest.AsOf, src => Timestamp.FromDateTimeOffset(src.Result.AsOf))
            .Map(dest => dest.Total, src => src.Result.Total)
            .Map(dest => dest.KeyTasks, src => src.Result.KeyTasks)
            .Map(dest => dest.ByLeadAgency, src => FulfilmentCalculator.OrderAgencies(src.Result, src.AgencyNames))
            .Map(dest => dest.Recurring, src => src.Result.Recurring);
    }

    /// <summary>The scope as asked, with the instant the report is as of.</summary>
    private static Contract.FulfilmentScope Scope(FulfilmentReportParts parts)
    {
        var scope = parts.Requested?.Clone() ?? new Contract.FulfilmentScope();
        scope.AsOf = Timestamp.FromDateTimeOffset(parts.Result.AsOf);
        return scope;
    }
}
