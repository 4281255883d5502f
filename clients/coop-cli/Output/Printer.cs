using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Spectre.Console;

namespace CoopRegistry.Cli.Output;

/// <summary>Writes results as tables for people or, with <c>--output json</c>, as protobuf JSON for scripts.</summary>
public sealed class Printer(bool json, IAnsiConsole console, TextWriter stdout)
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithIndentation());

    /// <summary>Indented, and Vietnamese written as itself rather than as \u escapes.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool Json { get; } = json;

    public IAnsiConsole Console { get; } = console;

    public TextWriter Stdout { get; } = stdout;

    public void Message(IMessage message) => Raw(JsonNode.Parse(Formatter.Format(message)));

    public void Raw(JsonNode? json) => Stdout.WriteLine(json?.ToJsonString(JsonOptions) ?? "null");

    /// <summary>A record as field/value rows (non-empty fields only).</summary>
    public void Record(IMessage record)
    {
        if (Json)
        {
            Message(record);
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumn("field").AddColumn("value");
        foreach (var field in record.Descriptor.Fields.InFieldNumberOrder())
        {
            var text = Cells.Text(field, field.Accessor.GetValue(record));
            if (text.Length > 0)
                table.AddRow(Markup.Escape(field.Name), Markup.Escape(text));
        }
        Console.Write(table);
    }

    public void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
            table.AddColumn(Markup.Escape(column));
        foreach (var row in rows)
            table.AddRow(row.Select(Markup.Escape).ToArray());
        if (caption is not null)
            table.Caption(Markup.Escape(caption));
        Console.Write(table);
    }

    public void Line(string text)
    {
        if (!Json)
            Console.MarkupLine(Markup.Escape(text));
    }
}
