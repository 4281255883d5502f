using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>How a run of text looks: bold, italic, underlined, and its size in points (null: the document's 14).</summary>
public sealed record TextLook(bool Bold = false, bool Italic = false, bool Underline = false, double? Points = null)
{
    public static readonly TextLook Plain = new();
    public static readonly TextLook Strong = new(Bold: true);
}

/// <summary>
/// The few Word building blocks an administrative document needs: paragraphs (aligned, indented,
/// spaced), runs, bordered or borderless tables with fixed column widths (twips) and a repeated
/// header row. Properties are set through the SDK's typed setters, which keep the schema's order.
/// </summary>
public static class WordBlocks
{
    public static Paragraph Paragraph(string text, TextLook? look = null, JustificationValues? align = null, int firstLineIndent = 0, int spaceAfter = 120, bool keepNext = false) =>
        Paragraph([Run(text, look ?? TextLook.Plain)], align, firstLineIndent, spaceAfter, keepNext);

    public static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues? align = null, int firstLineIndent = 0, int spaceAfter = 120, bool keepNext = false)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Justification = new Justification { Val = align ?? JustificationValues.Both },
        };
        if (keepNext)
            properties.KeepNext = new KeepNext();
        if (firstLineIndent > 0)
            properties.Indentation = new Indentation { FirstLine = firstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    public static Run Run(string text, TextLook look)
    {
        var properties = new RunProperties();
        if (look.Bold)
            properties.Bold = new Bold();
        if (look.Italic)
            properties.Italic = new Italic();
        if (look.Points is { } points)
        {
            var halfPoints = ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            properties.FontSize = new FontSize { Val = halfPoints };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints };
        }
        if (look.Underline)
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A table of fixed columns; with <paramref name="bordered"/> every cell has a thin border and the first row repeats on each page.</summary>
    public static Table Table(IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<OpenXmlElement[]>> rows, bool bordered)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableBorders = bordered ? Borders(BorderValues.Single) : Borders(BorderValues.None),
        };
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var first = true;
        foreach (var cells in rows)
        {
            var row = new TableRow();
            if (bordered && first)
                row.TableRowProperties = new TableRowProperties(new TableHeader());
            for (var i = 0; i < widths.Count; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                var content = i < cells.Count ? cells[i] : [];
                // A cell must end with a paragraph.
                cell.Append(content.Length > 0 ? content : [Paragraph("", spaceAfter: 0)]);
                row.Append(cell);
            }
            table.Append(row);
            first = false;
        }
        return table;
    }

    /// <summary>One paragraph for a table cell: size 12 unless said, no space after.</summary>
    public static OpenXmlElement[] Cell(string text, TextLook? look = null, JustificationValues? align = null) =>
        [Paragraph(text, (look ?? TextLook.Plain) with { Points = (look ?? TextLook.Plain).Points ?? 12 }, align ?? JustificationValues.Left, spaceAfter: 0)];

    private static TableBorders Borders(BorderValues kind)
    {
        T Border<T>() where T : BorderType, new() => new() { Val = kind, Size = kind == BorderValues.None ? 0U : 4U, Space = 0U, Color = "000000" };
        return new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>());
    }
}
