using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Listing;
using Model = CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Directory;

/// <summary>DirectoryService: provinces and agencies, read-only (from the read replica when one is configured).</summary>
public sealed class DirectoryGrpcService([FromKeyedServices(ReadReplica.Key)] DirectoryReader reader, TypeAdapterConfig mapping) : DirectoryService.DirectoryServiceBase
{
    public override async Task<ListProvincesResponse> ListProvinces(ListProvincesRequest request, ServerCallContext context)
    {
        var page = await reader.ListProvincesAsync(
            new ListRequest(request.PageSize, request.PageToken, request.Filter, request.OrderBy), context.CancellationToken);
        return new ListProvincesResponse
        {
            Provinces = { page.Items.Select(p => p.Adapt<Contract.Province>(mapping)) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }

    public override async Task<GetProvinceResponse> GetProvince(GetProvinceRequest request, ServerCallContext context)
    {
        var code = Model.ResourceNames.ParseId(Model.Province.Collection, request.Name, "name");
        var province = await reader.GetProvinceAsync(code, context.CancellationToken);
        return new GetProvinceResponse { Province = province.Adapt<Contract.Province>(mapping) };
    }

    public override async Task<ListAgenciesResponse> ListAgencies(ListAgenciesRequest request, ServerCallContext context)
    {
        var page = await reader.ListAgenciesAsync(
            new ListRequest(request.PageSize, request.PageToken, request.Filter, request.OrderBy), context.CancellationToken);
        return new ListAgenciesResponse
        {
            Agencies = { page.Items.Select(a => a.Adapt<Contract.Agency>(mapping)) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }

    public override async Task<GetAgencyResponse> GetAgency(GetAgencyRequest request, ServerCallContext context)
    {
        var id = Model.ResourceNames.ParseId(Model.Agency.Collection, request.Name, "name");
        var agency = await reader.GetAgencyAsync(id, context.CancellationToken);
        return new GetAgencyResponse { Agency = agency.Adapt<Contract.Agency>(mapping) };
    }
}
