using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Directives;
using Model = CoopRegistry.Domain.Directives.Directive;

namespace CoopRegistry.Server.Directives;

/// <summary>DirectiveService: conclusion notices, instructions, resolutions, official letters and decisions.</summary>
public sealed class DirectiveGrpcService(RecordStore store, AsOfReader asOf, IDirectiveLinks links, TypeAdapterConfig mapping, NoticeExtraction notices)
    : DirectiveService.DirectiveServiceBase
{
    private readonly RecordCalls<Model> records = new(store, asOf, Model.CollectionName);

    public override async Task<GetDirectiveResponse> GetDirective(GetDirectiveRequest request, ServerCallContext context)
    {
        if (request.ReadTime is { } readTime)
            return new GetDirectiveResponse { Directive = await records.GetAsOfAsync<Directive>(request.Name, readTime, context) };
        return new GetDirectiveResponse { Directive = await MapAsync(await records.GetAsync(request.Name, context), context) };
    }

    public override async Task<ListDirectivesResponse> ListDirectives(ListDirectivesRequest request, ServerCallContext context)
    {
        var page = await records.ListAsync(DirectiveListing.Schema, request.PageSize, request.PageToken, request.Filter, request.OrderBy, request.ShowDeleted, context);
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
        var paths = UpdateMasks.Resolve(request.UpdateMask, Model.UpdatableFields);
        var (id, changes) = DirectiveConverter.ForUpdate(request.Directive, paths);
        var directive = await records.ForChangeByIdAsync(id, request.Directive.Etag, context);
        directive.Edit(changes, paths);
        await store.DemandUniqueNumberAsync(directive, context.CancellationToken);
        return new UpdateDirectiveResponse { Directive = await SaveAsync(directive, context) };
    }

    public override async Task<DeleteDirectiveResponse> DeleteDirective(DeleteDirectiveRequest request, ServerCallContext context) =>
        new() { Directive = await MapAsync(await records.WithdrawAsync(request.Name, request.Etag, request.Reason, context), context) };

    public override async Task<UndeleteDirectiveResponse> UndeleteDirective(UndeleteDirectiveRequest request, ServerCallContext context) =>
        new() { Directive = await MapAsync(await records.RestoreAsync(request.Name, request.Etag, context), context) };

    public override async Task<ExtractCommitmentsResponse> ExtractCommitments(ExtractCommitmentsRequest request, ServerCallContext context) =>
        new() { Drafts = { await notices.ExtractAsync(request, context.Caller(), context.CancellationToken) } };

    private async Task<Directive> SaveAsync(Model directive, ServerCallContext context) =>
        await MapAsync(await records.SaveAsync(directive, context), context);

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
