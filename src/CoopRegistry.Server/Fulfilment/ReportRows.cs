using CoopRegistry.Contracts.V1;
using FulfilmentBucket = CoopRegistry.Domain.Fulfilment.FulfilmentBucket;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>A row of figures as people read it: a label, the counts, the rates (0–1) and "done/total".</summary>
public sealed record FigureLine(string Label, FulfilmentFigures Figures);

/// <summary>
/// The words the XLSX and DOCX share for a report's rows: the figure lines (all, key tasks, each
/// lead agency), a listed commitment's state ("Quá hạn 5 ngày") and latest progress.
/// </summary>
public sealed class ReportRows(IStringLocalizer<ReportTexts> texts)
{
    public IStringLocalizer<ReportTexts> Texts => texts;

    public IEnumerable<FigureLine> Figures(ReportForPeople report)
    {
        yield return new FigureLine(texts.Text("RowAll"), report.Report.Total);
        yield return new FigureLine(texts.Text("RowKeyTasks"), report.Report.KeyTasks);
        foreach (var agency in report.Report.ByLeadAgency)
            yield return new FigureLine(report.AgencyNames.GetValueOrDefault(agency.Agency, agency.Agency), agency.Figures);
    }

    public string Recurring(RecurringPeriod month) =>
        texts.Text("RowRecurring", PeopleFormat.Month(new DateOnly(month.Period.Year, month.Period.Month, 1)));

    public string State(FulfilmentListRow row, DateOnly asOfDay) => row.Bucket switch
    {
        FulfilmentBucket.Overdue => texts.Text("StateOverdue", Days(asOfDay.DayNumber - row.DueDate!.Value.DayNumber)),
        FulfilmentBucket.DoneLate => row.CompletedDate is { } done ? texts.Text("StateLate", PeopleFormat.Date(done)) : texts.Text("StateLateUndated"),
        FulfilmentBucket.NotYetDue => texts.Text("StateNotYetDue", Days(row.DueDate!.Value.DayNumber - asOfDay.DayNumber)),
        FulfilmentBucket.DoneOnTime => row.CompletedDate is { } done ? texts.Text("StateOnTimeDated", PeopleFormat.Date(done)) : texts.Text("StateOnTime"),
        _ => texts.Text("StateOpen"),
    };

    public string Progress(FulfilmentListRow row) => row.Latest is { } latest
        ? texts.Text("Progress", latest.PercentComplete.ToString(PeopleFormat.Vietnamese), PeopleFormat.Date(ReportDay(latest)), latest.Narrative)
        : texts.Text("NoProgress");

    public static DateOnly ReportDay(FulfilmentProgress progress) => PeopleFormat.LocalDay(new DateTimeOffset(DateTime.SpecifyKind(progress.ReportTime, DateTimeKind.Utc)));

    public string Deadline(FulfilmentListRow row) => row.Deadline?.Describe() ?? "";

    private static string Days(int days) => days.ToString(PeopleFormat.Vietnamese);
}
