using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Directives;
using CoopRegistry.Data.Queries;
using CoopRegistry.Data.Records;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Server.Access;
using CoopRegistry.Server.Audit;
using CoopRegistry.Server.Protobuf;
using Grpc.Core;
using Mapster;
using Model = CoopRegistry.Domain.Directives.Directive;

namespace CoopRegistry.Server.Directives;

/// <summary>DirectiveService: conclusion notices, instructions, resolutions, official letters and decisions.</summary>
public sealed class DirectiveGrpcService(RecordStore store, AsOfReader asOf, IDirectiveLinks links, TypeAdapterConfig mapping, NoticeExtraction notices)
    : DirectiveService.DirectiveServiceBase
{
    public override async Task<GetDirectiveResponse> GetDirective(GetDirectiveRequest request, ServerCallContext context)
    {
        if (request.ReadTime is { } readTime)
            return new GetDirectiveResponse { Directive = await asOf.GetAsync<Directive>(Model.CollectionName, ParseName(request.Name), readTime, context.Caller(), context.CancellationToken) };
        var directive = await store.GetAsync<Model>(Model.CollectionName, ParseName(request.Name), context.Caller(), context.CancellationToken);
        return new GetDirectiveResponse { Directive = await MapAsync(directive, context) };
    }

    public override async Task<ListDirectivesResponse> ListDirectives(ListDirectivesRequest request, ServerCallContext context)
    {
        var page = await DirectiveListing.ListAsync(store.Visible<Model>(context.Caller(), request.ShowDeleted),
            request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context.CancellationToken);
        var linked = await links.LinkedRecordsAsync(page.Items.Select(d => d.Id).ToList(), context.Caller(), context.CancellationToken);
        return new ListDirectivesResponse
        {
            Directives = { page.Items.Select(d => Map(d, linked)) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }

    public override async Task<CreateDirectiveResponse> CreateDirective(CreateDirectiveRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var (directive, requestId) = DirectiveConverter.ForCreate(request, caller);
        var created = await store.CreateAsync(directive, caller, requestId, d => store.DemandUniqueNumberAsync(d, context.CancellationToken), context.CancellationToken);
        return new CreateDirectiveResponse { Directive = await MapAsync(created, context) };
    }

    public override async Task<UpdateDirectiveResponse> UpdateDirective(UpdateDirectiveRequest request, ServerCallContext context)
    {
        var source = request.Directive ?? new Directive();
        var paths = UpdateMasks.Resolve(request.UpdateMask, DirectiveConverter.Updatable);
        var directive = await ForChangeAsync(source.Name, source.Etag, "directive.name", context);
        directive.DemandNotWithdrawn();
        DirectiveConverter.ForUpdate(source, directive, paths);
        await store.DemandUniqueNumberAsync(directive, context.CancellationToken);
        return new UpdateDirectiveResponse { Directive = await SaveAsync(directive, context) };
    }

    public override async Task<DeleteDirectiveResponse> DeleteDirective(DeleteDirectiveRequest request, ServerCallContext context)
    {
        var directive = await ForChangeAsync(request.Name, request.Etag, "name", context);
        directive.Withdraw(request.Reason, store.Now);
        return new DeleteDirectiveResponse { Directive = await SaveAsync(directive, context) };
    }

    public override async Task<UndeleteDirectiveResponse> UndeleteDirective(UndeleteDirectiveRequest request, ServerCallContext context)
    {
        var directive = await ForChangeAsync(request.Name, request.Etag, "name", context);
        directive.Restore();
        return new UndeleteDirectiveResponse { Directive = await SaveAsync(directive, context) };
    }

    public override async Task<ExtractCommitmentsResponse> ExtractCommitments(ExtractCommitmentsRequest request, ServerCallContext context) =>
        new() { Drafts = { await notices.ExtractAsync(request, context.Caller(), context.CancellationToken) } };

    private static string ParseName(string name, string field = "name") => ResourceNames.ParseId(Model.CollectionName, name, field);

    private Task<Model> ForChangeAsync(string name, string etag, string field, ServerCallContext context) =>
        store.GetForChangeAsync<Model>(Model.CollectionName, ParseName(name, field), etag, context.Caller(), context.CancellationToken);

    private async Task<Directive> SaveAsync(Model directive, ServerCallContext context) =>
        await MapAsync(await store.SaveAsync(directive, context.Caller(), context.CancellationToken), context);

    private async Task<Directive> MapAsync(Model directive, ServerCallContext context) =>
        Map(directive, await links.LinkedRecordsAsync([directive.Id], context.Caller(), context.CancellationToken));

    private Directive Map(Model directive, IReadOnlyDictionary<string, IReadOnlyList<string>> linked)
    {
        var mapped = directive.Adapt<Directive>(mapping);
        if (linked.TryGetValue(directive.Id, out var names))
            mapped.LinkedRecords.Add(names);
        return mapped;
    }
}
