using CoopRegistry.Contracts.V1;
using Agency = CoopRegistry.Domain.Directory.Agency;
using Names = CoopRegistry.Domain.Directory.ResourceNames;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>
/// FulfilmentService: counts and rates of commitments kept, now or as of a past instant; the same
/// as a file: CSV for systems, XLSX (the registry's form or a department's) and DOCX for people.
/// </summary>
public sealed class FulfilmentGrpcService(
    RecordStore store, FulfilmentQuery query, ReportForPeopleReader people, FulfilmentWorkbook workbook, FulfilmentTemplate template,
    FulfilmentDocument document, IOptions<RegistryOptions> registry, TypeAdapterConfig mapping) : FulfilmentService.FulfilmentServiceBase
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public override async Task<GetFulfilmentReportResponse> GetFulfilmentReport(GetFulfilmentReportRequest request, ServerCallContext context) =>
        new() { Report = (await ComputeAsync(request.Scope, request.IncludeCommitments, context)).Report };

    public override async Task ExportFulfilmentReport(ExportFulfilmentReportRequest request, IServerStreamWriter<ExportFulfilmentReportResponse> responseStream, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var (contentType, extension) = request.Format switch
        {
            ExportFormat.Csv => (FulfilmentExport.CsvContentType, "csv"),
            ExportFormat.Xlsx => (FulfilmentExport.XlsxContentType, "xlsx"),
            ExportFormat.Docx => (DocxContentType, "docx"),
            _ => (null, null),
        };
        if (contentType is null)
            violations.Add("format", "is EXPORT_FORMAT_CSV, EXPORT_FORMAT_XLSX or EXPORT_FORMAT_DOCX");
        var templatePath = TemplatePath(request, violations);
        var (scope, asOf) = FulfilmentConverter.ForReport(request.Scope, store.Now, violations);
        violations.ThrowIfAny();

        var (report, names) = await ComputeAsync(request.Scope, includeCommitments: false, context);
        var agencyNames = names.ToDictionary(n => Names.Format(Agency.Collection, n.Key), n => n.Value);
        string fileName;
        Func<Stream, CancellationToken, Task> write;
        if (request.Format == ExportFormat.Csv)
        {
            fileName = $"fulfilment-{report.AsOf.ToDateTime():yyyyMMdd'T'HHmmss'Z'}.csv";
            var rows = FulfilmentExport.Rows(report, agencyNames);
            write = (stream, token) => FulfilmentExport.WriteCsvAsync(rows, stream, token);
        }
        else
        {
            var readable = await people.ReadAsync(context.Caller(), report, scope, asOf is not null, agencyNames, context.CancellationToken);
            fileName = people.FileName(readable, extension!);
            write = request.Format switch
            {
                ExportFormat.Docx => (stream, token) => document.WriteAsync(readable, stream, token),
                _ when templatePath is not null => (stream, token) => template.WriteAsync(templatePath, readable, stream, token),
                _ => (stream, token) => workbook.WriteAsync(readable, stream, token),
            };
        }
        var first = true;
        await ChunkedFile.SendAsync(write, async chunk =>
        {
            var message = new ExportFulfilmentReportResponse { Data = ByteString.CopyFrom(chunk.Span) };
            if (first)
            {
                (message.ContentType, message.FileName, first) = (contentType!, fileName, false);
            }
            await responseStream.WriteAsync(message, context.CancellationToken);
        }, context.CancellationToken);
    }

    /// <summary>The department form a request names, checked: XLSX only, a name of the templates folder.</summary>
    private string? TemplatePath(ExportFulfilmentReportRequest request, FieldViolations violations)
    {
        if (request.Template.Length == 0)
            return null;
        if (request.Format != ExportFormat.Xlsx)
        {
            violations.Add("template", "applies to EXPORT_FORMAT_XLSX only");
            return null;
        }
        var folder = Path.Combine(HostPaths.Resolve(registry.Value.SeedsPath, System.IO.Directory.Exists), FulfilmentTemplate.Folder);
        var available = FulfilmentTemplate.Available(folder);
        if (!FulfilmentTemplate.NamePattern().IsMatch(request.Template) || !available.Contains(request.Template))
        {
            violations.Add("template", $"is not a form of the registry; available: {(available.Count == 0 ? "none" : string.Join(", ", available))}");
            return null;
        }
        return Path.Combine(folder, request.Template + ".xlsx");
    }

    private async Task<(FulfilmentReport Report, Dictionary<string, string> AgencyNames)> ComputeAsync(FulfilmentScope? requested, bool includeCommitments, ServerCallContext context)
    {
        var (scope, asOf) = FulfilmentConverter.ForReport(requested, store.Now);
        var result = await query.ComputeAsync(context.Caller(), scope, asOf, includeCommitments, context.CancellationToken);
        var names = await query.AgencyNamesAsync(result.ByLeadAgency.Keys.ToList(), context.CancellationToken);
        return (new FulfilmentReportParts(result, requested, names).Adapt<FulfilmentReport>(mapping), names);
    }
}
