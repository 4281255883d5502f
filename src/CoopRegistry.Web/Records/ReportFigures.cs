using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Records;

/// <summary>The figures of a fulfilment report one by one, by the key of their label (`Report_Figure_Overdue`), for the drill-down.</summary>
public static class ReportFigures
{
    // An unset figure (none in scope) reads as zero.
    private static readonly FulfilmentFigure Empty = new();

    public static IReadOnlyList<(string Key, FulfilmentFigure Figure)> Of(FulfilmentFigures figures) =>
    [
        ("Total", figures.Total ?? Empty),
        ("DoneOnTime", figures.DoneOnTime ?? Empty),
        ("DoneLate", figures.DoneLate ?? Empty),
        ("Overdue", figures.Overdue ?? Empty),
        ("NotYetDue", figures.NotYetDue ?? Empty),
        ("Open", figures.Open ?? Empty),
        ("Cancelled", figures.Cancelled ?? Empty),
        ("Waived", figures.Waived ?? Empty),
    ];

    /// <summary>The figures of the whole scope (<paramref name="agency"/> empty) or of one lead agency in it.</summary>
    public static FulfilmentFigures For(FulfilmentReport report, string? agency) =>
        string.IsNullOrEmpty(agency)
            ? report.Total ?? new FulfilmentFigures()
            : report.ByLeadAgency.FirstOrDefault(a => a.Agency == agency)?.Figures ?? new FulfilmentFigures();
}
