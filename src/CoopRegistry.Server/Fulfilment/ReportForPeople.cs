using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Fulfilment;
using Agency = CoopRegistry.Domain.Directory.Agency;
using AgencyKind = CoopRegistry.Domain.Directory.AgencyKind;
using Names = CoopRegistry.Domain.Directory.ResourceNames;
using Province = CoopRegistry.Domain.Directory.Province;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>Who issues a report: the caller's agency, under its parent body, in its province.</summary>
/// <param name="ParentLine">"UBND TỈNH GIA LAI" (empty when the agency has no parent).</param>
/// <param name="Body">"SỞ NGOẠI VỤ".</param>
/// <param name="Symbol">The body's initials for the number's symbol, "SNV" (BC-SNV).</param>
/// <param name="Place">"Gia Lai".</param>
/// <param name="Parent">"UBND tỉnh", for the recipients.</param>
public sealed record ReportIssuer(string ParentLine, string Body, string Symbol, string Place, string Parent, AgencyKind Kind);

/// <summary>
/// What the reports people read (XLSX, DOCX) show: the computed report, the commitments behind
/// its figures (overdue, done late, not yet due or open, done on time), who issues it and the
/// scope in words. Built once per export by <see cref="ReportForPeopleReader"/>.
/// </summary>
public sealed record ReportForPeople(
    FulfilmentReport Report,
    IReadOnlyDictionary<string, string> AgencyNames,
    IReadOnlyList<FulfilmentListRow> Rows,
    ReportIssuer Issuer,
    string ScopeText)
{
    public DateTimeOffset AsOf => Report.AsOf.ToDateTimeOffset();

    public DateOnly AsOfDay => PeopleFormat.LocalDay(AsOf);

    public DateOnly PeriodStart => Day(Report.Scope.PeriodStart);

    public DateOnly PeriodEnd => Day(Report.Scope.PeriodEnd);

    public IEnumerable<FulfilmentListRow> In(params FulfilmentBucket[] buckets) => Rows.Where(r => buckets.Contains(r.Bucket));

    private static DateOnly Day(Google.Type.Date date) => new(date.Year, date.Month, date.Day);
}

/// <summary>Reads what a <see cref="ReportForPeople"/> needs beyond the computed report.</summary>
public sealed class ReportForPeopleReader(FulfilmentLists lists, DirectoryReader directory, IStringLocalizer<ReportTexts> texts)
{
    public static readonly FulfilmentBucket[] Listed =
        [FulfilmentBucket.Overdue, FulfilmentBucket.DoneLate, FulfilmentBucket.NotYetDue, FulfilmentBucket.Open, FulfilmentBucket.DoneOnTime];

    public async Task<ReportForPeople> ReadAsync(
        Caller caller, FulfilmentReport report, Domain.Fulfilment.FulfilmentScope scope, bool asOf, IReadOnlyDictionary<string, string> agencyNames,
        CancellationToken cancellationToken)
    {
        var rows = new List<FulfilmentListRow>();
        await foreach (var row in lists.ListAsync(caller, scope, report.AsOf.ToDateTime(), asOf, Listed).WithCancellation(cancellationToken))
            rows.Add(row);
        return new ReportForPeople(report, agencyNames, rows, await IssuerAsync(caller, cancellationToken), await ScopeTextAsync(report.Scope, cancellationToken));
    }

    private async Task<ReportIssuer> IssuerAsync(Caller caller, CancellationToken cancellationToken)
    {
        var vietnamese = PeopleFormat.Vietnamese;
        var agency = await directory.GetAgencyAsync(caller.AgencyId, cancellationToken);
        var province = agency.ProvinceCode is { } code ? (await directory.GetProvinceAsync(code, cancellationToken)).Names.Vi : "";
        var parent = agency.ParentId is { } parentId ? await directory.GetAgencyAsync(parentId, cancellationToken) : null;
        var parentShort = parent is null ? "" : parent.ShortName ?? parent.Names.Vi;
        // "UBND tỉnh" + "Gia Lai"; a parent whose name already says the province stands as it is.
        var parentLine = parent is null ? ""
            : parentShort.EndsWith("tỉnh", StringComparison.Ordinal) && province.Length > 0 ? $"{parentShort} {province}" : parentShort;
        var body = agency.ShortName ?? agency.Names.Vi;
        var symbol = string.Concat(body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpper(word[0], vietnamese)));
        return new ReportIssuer(parentLine.ToUpper(vietnamese), body.ToUpper(vietnamese), symbol, province, parentShort, agency.Kind);
    }

    private async Task<string> ScopeTextAsync(Contracts.V1.FulfilmentScope scope, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (scope.HomeProvince.Length > 0)
            parts.Add(texts.Text("ScopeHome", await ProvinceNameAsync(scope.HomeProvince, cancellationToken)));
        if (scope.Agency.Length > 0)
            parts.Add(texts.Text("ScopeAgency", await AgencyNameAsync(scope.Agency, cancellationToken)));
        if (scope.PartnerProvince.Length > 0)
            parts.Add(texts.Text("ScopePartner", await ProvinceNameAsync(scope.PartnerProvince, cancellationToken)));
        if (scope.Source.Length > 0)
            parts.Add(texts.Text("ScopeSource", scope.Source));
        return string.Join(", ", parts);
    }

    // A scope may name a province or agency the directory lacks (its report is empty): it is shown by its name.
    private async Task<string> ProvinceNameAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.GetProvinceAsync(Names.ParseId(Province.Collection, name, "scope"), cancellationToken)).Names.Vi;
        }
        catch (NotFoundException)
        {
            return name;
        }
    }

    private async Task<string> AgencyNameAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.GetAgencyAsync(Names.ParseId(Agency.Collection, name, "scope"), cancellationToken)).Names.Vi;
        }
        catch (NotFoundException)
        {
            return name;
        }
    }

    /// <summary>A file name without diacritics: "bao-cao-ket-qua-thuc-hien-20260615".</summary>
    public string FileName(ReportForPeople report, string extension) =>
        $"{texts.Text("FileName", report.AsOfDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture))}.{extension}";
}
