using CoopRegistry.Server.Fulfilment;
using CoopRegistry.Testing;
using MiniExcelLibs;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>Reads exported files back (<see cref="ExportedTables"/>) and checks they have the export's columns and sheet.</summary>
public static class ExportFiles
{
    public static List<Dictionary<string, string>> ReadCsv(byte[] file)
    {
        Assert.Equal(FulfilmentExport.Columns, ExportedTables.CsvHeader(file));
        return ExportedTables.ReadCsv(file);
    }

    public static List<Dictionary<string, string>> ReadXlsx(byte[] file)
    {
        using (var stream = new MemoryStream(file))
            Assert.Equal(["Fulfilment"], MiniExcel.GetSheetNames(stream));
        return ExportedTables.ReadXlsx(file);
    }
}
