using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Server.Access;
using Google.Protobuf;
using Grpc.Core;
using Agency = CoopRegistry.Domain.Directory.Agency;
using Names = CoopRegistry.Domain.Directory.ResourceNames;

namespace CoopRegistry.Server.Fulfilment;

/// <summary>FulfilmentService: counts and rates of commitments kept, now or as of a past instant; the same as a CSV or XLSX file.</summary>
public sealed class FulfilmentGrpcService(RecordStore store, FulfilmentQuery query) : FulfilmentService.FulfilmentServiceBase
{
    public override async Task<GetFulfilmentReportResponse> GetFulfilmentReport(GetFulfilmentReportRequest request, ServerCallContext context) =>
        new() { Report = (await ComputeAsync(request.Scope, request.IncludeCommitments, context)).Report };

    public override async Task ExportFulfilmentReport(ExportFulfilmentReportRequest request, IServerStreamWriter<ExportFulfilmentReportResponse> responseStream, ServerCallContext context)
    {
        var violations = new List<FieldViolation>();
        var (contentType, extension) = request.Format switch
        {
            ExportFormat.Csv => (FulfilmentExport.CsvContentType, "csv"),
            ExportFormat.Xlsx => (FulfilmentExport.XlsxContentType, "xlsx"),
            _ => (null, null),
        };
        if (contentType is null)
            violations.Add(new FieldViolation("format", "is EXPORT_FORMAT_CSV or EXPORT_FORMAT_XLSX"));
        FulfilmentConverter.ToScope(request.Scope, store.Now, violations);
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);

        var (report, names) = await ComputeAsync(request.Scope, includeCommitments: false, context);
        var fileName = $"fulfilment-{report.AsOf.ToDateTime():yyyyMMdd'T'HHmmss'Z'}.{extension}";
        var rows = FulfilmentExport.Rows(report, names.ToDictionary(n => Names.Format(Agency.Collection, n.Key), n => n.Value));
        Func<Stream, CancellationToken, Task> write = request.Format == ExportFormat.Csv
            ? (stream, token) => FulfilmentExport.WriteCsvAsync(rows, stream, token)
            : (stream, token) => FulfilmentExport.WriteXlsxAsync(rows, stream, token);
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

    private async Task<(FulfilmentReport Report, Dictionary<string, string> AgencyNames)> ComputeAsync(FulfilmentScope? requested, bool includeCommitments, ServerCallContext context)
    {
        var (scope, asOf) = FulfilmentConverter.ToScope(requested, store.Now);
        var result = await query.ComputeAsync(context.Caller(), scope, asOf, includeCommitments, context.CancellationToken);
        var names = await query.AgencyNamesAsync(result.ByLeadAgency.Keys.ToList(), context.CancellationToken);
        return (FulfilmentConverter.ToReport(result, requested, names), names);
    }
}
