using CoopRegistry.Server.Fulfilment;
using CoopRegistry.Testing;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>Reads exported CSV files back (<see cref="ExportedTables"/>) and checks they have the export's columns.</summary>
public static class ExportFiles
{
    public static List<Dictionary<string, string>> ReadCsv(byte[] file)
    {
        Assert.Equal(FulfilmentExport.Columns, ExportedTables.CsvHeader(file));
        return ExportedTables.ReadCsv(file);
    }
}
