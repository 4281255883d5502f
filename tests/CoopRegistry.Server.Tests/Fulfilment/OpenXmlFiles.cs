using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>One spreadsheet cell as the Open XML SDK reads it: its text, its number (when numeric) and its number format's code.</summary>
public sealed record SheetCell(string Text, double? Number, string? Format);

/// <summary>Reads exported XLSX and DOCX files with the Open XML SDK, the way Word and Excel see them.</summary>
public static class OpenXmlFiles
{
    /// <summary>Every sheet by name, in order: rows of cells by column (a missing cell is blank).</summary>
    public static List<(string Name, List<List<SheetCell>> Rows)> Sheets(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var sheets = new List<(string, List<List<SheetCell>>)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<List<SheetCell>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<SheetCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = Column(cell.CellReference!.Value!);
                    while (cells.Count < column)
                        cells.Add(new SheetCell("", null, null));
                    var raw = cell.CellValue?.Text ?? "";
                    var type = cell.DataType?.Value;
                    var text = type == CellValues.SharedString ? shared[int.Parse(raw, CultureInfo.InvariantCulture)]
                        : type == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                        : raw;
                    double? number = type is null || type == CellValues.Number ? (double.TryParse(raw, CultureInfo.InvariantCulture, out var n) ? n : null) : null;
                    string? format = null;
                    if (cell.StyleIndex?.Value is { } style && style < cellFormats.Count && cellFormats[(int)style].NumberFormatId?.Value is { } id)
                        format = formats.GetValueOrDefault(id);
                    cells.Add(new SheetCell(text, number, format));
                }
                rows.Add(cells);
            }
            sheets.Add((sheet.Name!.Value!, rows));
        }
        return sheets;
    }

    /// <summary>A sheet's rows as header → cell (its first row is the header).</summary>
    public static List<Dictionary<string, SheetCell>> Table(List<List<SheetCell>> rows) =>
        [.. rows.Skip(1).Select(r => rows[0].Select((h, i) => (h.Text, Cell: i < r.Count ? r[i] : new SheetCell("", null, null))).ToDictionary(p => p.Text, p => p.Cell))];

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            column = column * 26 + (c - 'A' + 1);
        return column - 1;
    }

    /// <summary>The schema errors the Open XML SDK's validator finds in a document (none for a file Word opens without repair).</summary>
    public static List<string> ValidationErrors(byte[] file)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(file), false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>The body's paragraphs outside tables, and each table as rows of cell texts.</summary>
    public static (List<string> Paragraphs, List<List<List<string>>> Tables, Word.SectionProperties Section) Docx(byte[] file)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(file), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Word.Paragraph>().Select(p => p.InnerText).ToList();
        var tables = body.Elements<Word.Table>()
            .Select(t => t.Elements<Word.TableRow>()
                .Select(r => r.Elements<Word.TableCell>().Select(c => string.Join("\n", c.Elements<Word.Paragraph>().Select(p => p.InnerText))).ToList())
                .ToList())
            .ToList();
        return (paragraphs, tables, (Word.SectionProperties)body.Elements<Word.SectionProperties>().Single().CloneNode(true));
    }
}
