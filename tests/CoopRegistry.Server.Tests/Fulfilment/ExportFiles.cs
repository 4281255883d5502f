using System.Text;
using CoopRegistry.Server.Fulfilment;
using MiniExcelLibs;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>Reads exported files back as rows of column → text, for comparing them with the gRPC report.</summary>
public static class ExportFiles
{
    /// <summary>An RFC 4180 reader (quoted fields, doubled quotes, CRLF); the file must start with a UTF-8 BOM.</summary>
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
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    (field, i) = (field.Append('"'), i + 1);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
                (record, field) = (Add(record, field), new StringBuilder());
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add(Add(record, field));
                (record, field, i) = ([], new StringBuilder(), i + 1);
            }
            else
                field.Append(c);
        }
        Assert.True(record.Count == 0 && field.Length == 0, "every CSV line ends with CRLF");
        var header = records[0];
        Assert.Equal(FulfilmentExport.Columns, header);
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<string> Add(List<string> record, StringBuilder field)
    {
        record.Add(field.ToString());
        return record;
    }

    /// <summary>The first sheet of an XLSX file, header row as keys; numbers as invariant text.</summary>
    public static List<Dictionary<string, string>> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        Assert.Equal(["Fulfilment"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        return [.. rows.Select(r => r.ToDictionary(p => p.Key, p => p.Value switch
        {
            null => "",
            double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        }))];
    }
}
