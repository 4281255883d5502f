using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Xunit;

namespace CoopRegistry.Testing;

/// <summary>Reads exported CSV and XLSX files back as rows of column → text, to compare them with gRPC answers.</summary>
public static class ExportedTables
{
    /// <summary>An RFC 4180 reader (quoted fields, doubled quotes, CRLF); the file must start with a UTF-8 BOM and end every line with CRLF.</summary>
    public static List<Dictionary<string, string>> ReadCsv(byte[] file)
    {
        Assert.True(file.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a UTF-8 byte-order mark");
        var text = Encoding.UTF8.GetString(file, 3, file.Length - 3);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                (field, i) = (field.Append('"'), i + 1);
            else if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                (record, field) = (Add(record, field), new StringBuilder());
            else if (!quoted && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(Add(record, field));
                (record, field, i) = ([], new StringBuilder(), i + 1);
            }
            else
                field.Append(c);
        }
        Assert.True(record.Count == 0 && field.Length == 0, "every CSV line ends with CRLF");
        var header = records[0];
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>The CSV's header row.</summary>
    public static List<string> CsvHeader(byte[] file) =>
        [.. Encoding.UTF8.GetString(file, 3, file.Length - 3).Split("\r\n")[0].Split(',')];

    /// <summary>The first sheet of an XLSX file (the form's figures), header row as keys; numbers as invariant text.</summary>
    public static List<Dictionary<string, string>> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>();
        return [.. rows.Select(r => r.ToDictionary(p => p.Key, p => p.Value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        }))];
    }

    private static List<string> Add(List<string> record, StringBuilder field)
    {
        record.Add(field.ToString());
        return record;
    }
}
