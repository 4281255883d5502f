using CoopRegistry.Contracts.V1;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CoopRegistry.Server.Fulfilment.WordBlocks;
using FulfilmentBucket = CoopRegistry.Domain.Fulfilment.FulfilmentBucket;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// The fulfilment report as an administrative document in the layout of Decree 30/2020/NĐ-CP,
/// Appendix I: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New
/// Roman 14 pt justified with a 1 cm first-line indent; the issuing body and its parent with the
/// number placeholder "Số: …/BC-SNV" top left, the national title and motto with place and date
/// top right; "BÁO CÁO" and its subject centred; I. scope and period, II. figures with rates, key
/// tasks "done/total" and recurring months, III. the commitments overdue, done late and not yet
/// due; "Nơi nhận" bottom left and the signer's capacity bottom right. Texts from ReportTexts.resx.
/// Written to a temporary file (the SDK needs a seekable stream), then streamed.
/// </summary>
public sealed class FulfilmentDocument(ReportRows words)
{
    private const int TextWidth = 11906 - 1701 - 851, Indent = 567;
    private static readonly int[] HeaderColumns = [3800, TextWidth - 3800];
    private static readonly int[] FigureColumns = [2200, 850, 1050, 1000, 1000, 1000, 1054, 1200];
    private static readonly int[] RecurringColumns = [2354, 1400, 1400, 1400, 1400, 1400];
    private static readonly int[] ListColumns = [700, 2854, 1700, 1500, 1200, 1400];

    public async Task WriteAsync(ReportForPeople report, Stream output, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopregistry-{Guid.NewGuid():N}.docx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var document = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles();
            main.Document = new Document(new Body([.. Content(report), Page()]));
        }
        file.Position = 0;
        await file.CopyToAsync(output, cancellationToken);
    }

    private IEnumerable<OpenXmlElement> Content(ReportForPeople report)
    {
        var issuer = report.Issuer;
        var day = report.AsOfDay;
        yield return Table(HeaderColumns,
        [
            [
                [
                    Paragraph(issuer.ParentLine, new TextLook(Points: 13), JustificationValues.Center, spaceAfter: 0),
                    Paragraph(issuer.Body, new TextLook(Bold: true, Points: 13), JustificationValues.Center, spaceAfter: 120),
                    Paragraph(T("Number", issuer.Symbol), new TextLook(Points: 13), JustificationValues.Center, spaceAfter: 0),
                ],
                [
                    Paragraph(T("NationalTitle"), new TextLook(Bold: true, Points: 12), JustificationValues.Center, spaceAfter: 0),
                    Paragraph(T("NationalMotto"), new TextLook(Bold: true, Underline: true), JustificationValues.Center, spaceAfter: 120),
                    Paragraph(T("PlaceAndDate", issuer.Place, day.Day.ToString("00"), day.Month.ToString(PeopleFormat.Vietnamese), day.Year.ToString(PeopleFormat.Vietnamese)),
                        new TextLook(Italic: true), JustificationValues.Center, spaceAfter: 0),
                ],
            ],
        ], bordered: false);
        yield return Paragraph("", spaceAfter: 120);
        yield return Paragraph(T("DocumentType"), TextLook.Strong, JustificationValues.Center, spaceAfter: 0);
        yield return Paragraph(T("Subject", PeopleFormat.Date(report.PeriodStart), PeopleFormat.Date(report.PeriodEnd)), TextLook.Strong, JustificationValues.Center, spaceAfter: 240);

        yield return Heading(T("SectionScope"));
        yield return Body(T("Period", PeopleFormat.Date(report.PeriodStart), PeopleFormat.Date(report.PeriodEnd), PeopleFormat.Instant(report.AsOf)));
        yield return Body(T("Scope", report.ScopeText));
        yield return Body(T("Counting"));

        var total = report.Report.Total;
        yield return Heading(T("SectionResults"));
        yield return Heading(T("Figures"));
        yield return Body(T("Summary", N(total.Total), N(total.DoneOnTime), N(total.DoneLate), N(total.Overdue), N(total.NotYetDue), N(total.Open),
            N(total.Cancelled), N(total.Waived), PeopleFormat.Percent(total.DoneRate), PeopleFormat.Percent(total.OnTimeRate), PeopleFormat.Percent(total.OverdueRate)));
        yield return Table(FigureColumns,
            [
                [.. new[] { "ColumnRow", "ColumnTotal", "ColumnDoneOfTotal", "ColumnOnTime", "ColumnLate", "ColumnOverdue", "ColumnNotYetDue", "ColumnOnTimeRate" }
                    .Select(c => Cell(T(c), TextLook.Strong, JustificationValues.Center))],
                .. words.Figures(report).Select(line => (IReadOnlyList<OpenXmlElement[]>)
                [
                    Cell(line.Label), Number(line.Figures.Total), Cell(line.Figures.DoneOfTotal, align: JustificationValues.Center), Number(line.Figures.DoneOnTime),
                    Number(line.Figures.DoneLate), Number(line.Figures.Overdue), Number(line.Figures.NotYetDue),
                    Cell(PeopleFormat.Percent(line.Figures.OnTimeRate), align: JustificationValues.Right),
                ]),
            ], bordered: true);
        yield return Paragraph("", spaceAfter: 0);
        yield return Heading(T("KeyTasksHeading"));
        yield return Body(T("KeyTasks", report.Report.KeyTasks.DoneOfTotal, N(report.Report.KeyTasks.Overdue)));
        yield return Heading(T("RecurringHeading"));
        // Months in which no occurrence fell due say nothing; they are left out here (the XLSX keeps them).
        var months = report.Report.Recurring.Where(m => m.Due.Count > 0).ToList();
        if (months.Count == 0)
            yield return Body(T("NoRecurring"));
        else
        {
            yield return Table(RecurringColumns,
                [
                    [.. new[] { "ColumnMonth", "ColumnDue", "ColumnMet", "ColumnMetLate", "ColumnMissed", "ColumnPending" }.Select(c => Cell(T(c), TextLook.Strong, JustificationValues.Center))],
                    .. months.Select(m => (IReadOnlyList<OpenXmlElement[]>)
                        [Cell(PeopleFormat.Month(new DateOnly(m.Period.Year, m.Period.Month, 1))), Number(m.Due), Number(m.Met), Number(m.MetLate), Number(m.Missed), Number(m.Pending)]),
                ], bordered: true);
            yield return Paragraph("", spaceAfter: 0);
        }

        yield return Heading(T("SectionLists"));
        foreach (var (heading, buckets) in new[]
        {
            ("ListOverdue", new[] { FulfilmentBucket.Overdue }),
            ("ListLate", [FulfilmentBucket.DoneLate]),
            ("ListNotYetDue", [FulfilmentBucket.NotYetDue, FulfilmentBucket.Open]),
        })
        {
            yield return Heading(T(heading));
            var rows = report.In(buckets).ToList();
            if (rows.Count == 0)
            {
                yield return Body(T("ListEmpty"));
                continue;
            }
            yield return Table(ListColumns,
                [
                    [.. new[] { "ColumnNo", "ColumnTask", "ColumnLead", "ColumnDeadline", "ColumnState", "ColumnProgress" }.Select(c => Cell(T(c), TextLook.Strong, JustificationValues.Center))],
                    .. rows.Select((row, i) => (IReadOnlyList<OpenXmlElement[]>)
                    [
                        Cell((i + 1).ToString(PeopleFormat.Vietnamese), align: JustificationValues.Center), Cell(row.Task), Cell(row.LeadAgencyName),
                        Cell(words.Deadline(row)), Cell(words.State(row, report.AsOfDay)), Cell(words.Progress(row)),
                    ]),
                ], bordered: true);
            yield return Paragraph("", spaceAfter: 0);
        }

        yield return Paragraph("", spaceAfter: 120);
        yield return Table([TextWidth / 2, TextWidth - TextWidth / 2],
        [
            [
                [
                    Paragraph(T("Recipients"), new TextLook(Bold: true, Italic: true, Points: 12), JustificationValues.Left, spaceAfter: 0),
                    Paragraph(issuer.Parent.Length > 0 ? T("RecipientParent", issuer.Parent) : "", new TextLook(Points: 11), JustificationValues.Left, spaceAfter: 0),
                    Paragraph(T("RecipientLeads"), new TextLook(Points: 11), JustificationValues.Left, spaceAfter: 0),
                    Paragraph(T("RecipientArchive", issuer.Symbol), new TextLook(Points: 11), JustificationValues.Left, spaceAfter: 0),
                ],
                [
                    Paragraph(T(issuer.Kind switch
                    {
                        Domain.Directory.AgencyKind.Department => "SignerDepartment",
                        Domain.Directory.AgencyKind.Board => "SignerBoard",
                        _ => "SignerOther",
                    }), TextLook.Strong, JustificationValues.Center, spaceAfter: 1440),
                    Paragraph(T("SignerName"), new TextLook(Italic: true), JustificationValues.Center, spaceAfter: 0),
                ],
            ],
        ], bordered: false);
    }

    private static Paragraph Heading(string text) => Paragraph(text, TextLook.Strong, JustificationValues.Both, Indent, 120, keepNext: true);

    private static Paragraph Body(string text) => Paragraph(text, TextLook.Plain, JustificationValues.Both, Indent);

    private static OpenXmlElement[] Number(FulfilmentFigure figure) => Cell(N(figure), align: JustificationValues.Center);

    private static string N(FulfilmentFigure figure) => PeopleFormat.Number(figure.Count);

    private string T(string name, params object[] arguments) => words.Texts.Text(name, arguments);

    /// <summary>A4 portrait with the decree's margins (twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 851).</summary>
    private static SectionProperties Page() => new(
        new PageSize { Width = 11906U, Height = 16838U, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 567U, Footer = 567U, Gutter = 0U });

    /// <summary>Times New Roman 14 pt, Vietnamese, for every run unless said otherwise.</summary>
    private static Styles DocumentStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
}
