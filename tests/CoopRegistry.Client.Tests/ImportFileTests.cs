using CoopRegistry.Cli;
using CoopRegistry.Cli.Import;
using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Clients.Tests;

public class ImportFileTests
{
    [Fact]
    public void Csv_rows_carry_their_line_quoted_commas_and_line_breaks_included()
    {
        var rows = ImportFile.ReadCsv(
            "id,title,kind,signing_date,fields\n" +
            "mou-1,\"Biên bản, hợp tác\",memorandum of understanding,2025-09-12,TRADE;AGRICULTURE\n" +
            "\n" +
            "mou-2,\"two\nlines\",COOPERATION_AGREEMENT,,\n" +
            "mou-3,x,,2025-02-30,\n",
            Agreement.Descriptor);
        Assert.Equal([2, 4, 6], rows.Select(r => r.Line));
        var first = Assert.IsType<Agreement>(RowConverter.ToMessage(Agreement.Descriptor, rows[0].Json, []));
        Assert.Equal("agreements/mou-1".Split('/')[1], first.Name);
        Assert.Equal("Biên bản, hợp tác", first.Title);
        Assert.Equal(AgreementKind.MemorandumOfUnderstanding, first.Kind);
        Assert.Equal(new Google.Type.Date { Year = 2025, Month = 9, Day = 12 }, first.SigningDate);
        Assert.Equal([CooperationField.Trade, CooperationField.Agriculture], first.Fields);
        Assert.Equal("two\nlines", RowConverter.ToMessage(Agreement.Descriptor, rows[1].Json, []) is Agreement a ? a.Title : null);
        var error = Assert.Single(rows[2].Errors);
        Assert.Equal("signing_date", error.Field);
    }

    [Fact]
    public void Unknown_columns_and_bad_enum_values_name_their_field()
    {
        var rows = ImportFile.ReadCsv("id,colour,kind\nx,red,TREATY\n", Agreement.Descriptor);
        Assert.Equal(["colour", "kind"], rows[0].Errors.Select(e => e.Field));
        Assert.Contains("AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING", rows[0].Errors[1].Message);
    }

    [Fact]
    public void Json_rows_carry_the_line_their_object_starts_on_and_bad_fields_are_named()
    {
        var rows = ImportFile.ReadJson("""
            [
              {"name": "agreements/a", "title": "A"},
              {
                "name": "agreements/b",
                "signingDate": "yesterday"
              }
            ]
            """);
        Assert.Equal([2, 3], rows.Select(r => r.Line));
        var errors = new List<FieldError>();
        Assert.Null(RowConverter.ToMessage(Agreement.Descriptor, rows[1].Json, errors));
        Assert.Equal("signing_date", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_file_that_is_not_an_array_is_refused()
    {
        Assert.Throws<InputException>(() => ImportFile.ReadJson("""{"name": "agreements/a"}"""));
        Assert.Throws<InputException>(() => ImportFile.ReadJson("[{"));
    }

    [Fact]
    public void The_seed_files_read_as_import_files()
    {
        var path = Path.Combine(FindRoot(), "seeds", "agreements.json");
        var rows = ImportFile.Read(path, Agreement.Descriptor);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotNull(RowConverter.ToMessage(Agreement.Descriptor, r.Json, [])));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "buf.yaml")))
            dir = dir.Parent;
        return dir.FullName;
    }
}
