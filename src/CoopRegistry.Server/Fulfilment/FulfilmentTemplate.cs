using CoopRegistry.Contracts.V1;
using MiniExcelLibs;
using FulfilmentBucket = CoopRegistry.Domain.Fulfilment.FulfilmentBucket;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// A department's own XLSX form, filled by MiniExcel's template filling: `{{name}}` cells take a
/// value, and a row of `{{list.field}}` cells repeats for each item of a list (keeping the cells'
/// styles, so a cell formatted as a percentage shows a rate as one). The forms are
/// `{name}.xlsx` files of the templates folder (seeds/templates/); the placeholders are listed in
/// docs/operations.md. Numbers stay numbers, rates are 0–1, dates are written dd/MM/yyyy.
/// </summary>
public sealed partial class FulfilmentTemplate(ReportRows words)
{
    public const string Folder = "templates";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    public static partial Regex NamePattern();

    /// <summary>The forms a folder offers, by name.</summary>
    public static IReadOnlyList<string> Available(string folder) =>
        System.IO.Directory.Exists(folder)
            ? [.. System.IO.Directory.GetFiles(folder, "*.xlsx").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(n => NamePattern().IsMatch(n)).Order(StringComparer.Ordinal)]
            : [];

    public Task WriteAsync(string templatePath, ReportForPeople report, Stream output, CancellationToken cancellationToken) =>
        output.SaveAsByTemplateAsync(templatePath, Values(report), cancellationToken: cancellationToken);

    /// <summary>The placeholders' values.</summary>
    public Dictionary<string, object?> Values(ReportForPeople report)
    {
        var values = new Dictionary<string, object?>
        {
            ["issuer"] = report.Issuer.Body,
            ["issuer_parent"] = report.Issuer.ParentLine,
            ["period_start"] = PeopleFormat.Date(report.PeriodStart),
            ["period_end"] = PeopleFormat.Date(report.PeriodEnd),
            ["as_of"] = PeopleFormat.Instant(report.AsOf),
            ["scope"] = report.ScopeText,
            ["key_tasks_total"] = report.Report.KeyTasks.Total.Count,
            ["key_tasks_overdue"] = report.Report.KeyTasks.Overdue.Count,
            ["key_tasks_done_of_total"] = report.Report.KeyTasks.DoneOfTotal,
            ["agencies"] = report.Report.ByLeadAgency.Select(a => Figures(a.Figures, report.AgencyNames.GetValueOrDefault(a.Agency, a.Agency))).ToList(),
            ["recurring"] = report.Report.Recurring.Select(m => new Dictionary<string, object?>
            {
                ["month"] = PeopleFormat.Month(new DateOnly(m.Period.Year, m.Period.Month, 1)),
                ["due"] = m.Due.Count,
                ["met"] = m.Met.Count,
                ["met_late"] = m.MetLate.Count,
                ["missed"] = m.Missed.Count,
                ["pending"] = m.Pending.Count,
            }).ToList(),
            ["overdue_list"] = List(report, FulfilmentBucket.Overdue),
            ["late_list"] = List(report, FulfilmentBucket.DoneLate),
            ["open_list"] = List(report, FulfilmentBucket.NotYetDue, FulfilmentBucket.Open),
            ["done_list"] = List(report, FulfilmentBucket.DoneOnTime),
        };
        foreach (var (key, value) in Figures(report.Report.Total, null))
            values[key] = value;
        return values;
    }

    private static Dictionary<string, object?> Figures(FulfilmentFigures f, string? name)
    {
        var figures = new Dictionary<string, object?>
        {
            ["total"] = f.Total.Count,
            ["done_on_time"] = f.DoneOnTime.Count,
            ["done_late"] = f.DoneLate.Count,
            ["overdue"] = f.Overdue.Count,
            ["not_yet_due"] = f.NotYetDue.Count,
            ["open"] = f.Open.Count,
            ["cancelled"] = f.Cancelled.Count,
            ["waived"] = f.Waived.Count,
            ["on_time_rate"] = f.OnTimeRate,
            ["done_rate"] = f.DoneRate,
            ["overdue_rate"] = f.OverdueRate,
            ["done_of_total"] = f.DoneOfTotal,
        };
        if (name is not null)
            figures["name"] = name;
        return figures;
    }

    private List<Dictionary<string, object?>> List(ReportForPeople report, params FulfilmentBucket[] buckets) =>
    [
        .. report.In(buckets).Select((row, i) => new Dictionary<string, object?>
        {
            ["no"] = i + 1,
            ["name"] = $"commitments/{row.Id}",
            ["task"] = row.Task,
            ["key_task"] = row.KeyTask ? words.Texts.Text("Yes") : "",
            ["lead"] = row.LeadAgencyName,
            ["deadline"] = words.Deadline(row),
            ["due_date"] = row.DueDate is { } due ? PeopleFormat.Date(due) : "",
            ["completed_date"] = row.CompletedDate is { } done ? PeopleFormat.Date(done) : "",
            ["state"] = words.State(row, report.AsOfDay),
            ["percent"] = row.Latest?.PercentComplete,
            ["progress"] = words.Progress(row),
            ["report_date"] = row.Latest is { } latest ? PeopleFormat.Date(ReportRows.ReportDay(latest)) : "",
        }),
    ];
}
