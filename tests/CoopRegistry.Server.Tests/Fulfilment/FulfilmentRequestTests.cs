using CoopRegistry.Contracts.V1;
using static CoopRegistry.Server.Tests.Fulfilment.FulfilmentDataset;

namespace CoopRegistry.Server.Tests.Fulfilment;

/// <summary>Fulfilment report requests that cannot be answered: each names its field, for the report and for the export.</summary>
public class FulfilmentRequestTests(FulfilmentDataset data) : IClassFixture<FulfilmentDataset>
{
    [Fact]
    public async Task Bad_requests_name_the_field()
    {
        var client = data.Client(TestCallers.Auditor);
        Task Get(FulfilmentScope scope) => client.GetFulfilmentReportAsync(new GetFulfilmentReportRequest { Scope = scope }).ResponseAsync;

        var reversed = data.Scope();
        reversed.PeriodEnd = Day(2026, 4, 30);
        await RpcAssert.InvalidFieldAsync("scope.period_end", () => Get(reversed));
        var noEnd = data.Scope();
        noEnd.PeriodEnd = null;
        await RpcAssert.InvalidFieldAsync("scope.period_end", () => Get(noEnd));
        var noStart = data.Scope();
        noStart.PeriodStart = null;
        await RpcAssert.InvalidFieldAsync("scope.period_start", () => Get(noStart));
        await RpcAssert.InvalidFieldAsync("scope", () => Get(new FulfilmentScope { PeriodStart = Day(2026, 5, 1), PeriodEnd = Day(2026, 6, 30) }));
        var badAgency = data.Scope();
        badAgency.Agency = "vn30-so-ngoai-vu";
        await RpcAssert.InvalidFieldAsync("scope.agency", () => Get(badAgency));
        var badSource = data.Scope();
        badSource.Source = "commitments/c1";
        await RpcAssert.InvalidFieldAsync("scope.source", () => Get(badSource));
        await RpcAssert.InvalidFieldAsync("scope.as_of", () => Get(data.Scope(DateTime.UtcNow.AddDays(1))));

        await RpcAssert.InvalidFieldAsync("format", async () =>
        {
            using var call = client.ExportFulfilmentReport(new ExportFulfilmentReportRequest { Scope = data.Scope() });
            await call.ResponseStream.MoveNext();
        });
        await RpcAssert.InvalidFieldAsync("scope.period_end", async () =>
        {
            using var call = client.ExportFulfilmentReport(new ExportFulfilmentReportRequest { Scope = reversed, Format = ExportFormat.Csv });
            await call.ResponseStream.MoveNext();
        });
    }
}
