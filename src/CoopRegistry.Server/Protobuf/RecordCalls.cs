using CoopRegistry.Data.Listing;
using CoopRegistry.Domain.Listing;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Server.Protobuf;

/// <summary>
/// What every register record service does alike, for one collection: read a record by name (now
/// or as of a read_time), list a page, fetch one for a change under its etag, save it, withdraw and
/// restore it. The services keep what is their own: requests to domain values, rules, mapping.
/// </summary>
public sealed class RecordCalls<TModel>(RecordStore store, AsOfReader asOf, string collection) where TModel : RegistryRecord
{
    public string Id(string name, string field = "name") => ResourceNames.ParseId(collection, name, field);

    public Task<TModel> GetAsync(string name, ServerCallContext context, string field = "name") =>
        store.GetAsync<TModel>(collection, Id(name, field), context.Caller(), context.CancellationToken);

    /// <summary>GetX: the record now, mapped by <paramref name="map"/>; with a read_time, as the audit log had it then.</summary>
    public async Task<TResource> GetAsync<TResource>(string name, Timestamp? readTime, Func<TModel, TResource> map, ServerCallContext context)
        where TResource : class, IMessage =>
        readTime is null ? map(await GetAsync(name, context)) : await GetAsOfAsync<TResource>(name, readTime, context);

    /// <summary>The record as the Get method's message at <paramref name="readTime"/> (from the audit log).</summary>
    public Task<TResource> GetAsOfAsync<TResource>(string name, Timestamp readTime, ServerCallContext context) where TResource : class, IMessage =>
        asOf.GetAsync<TResource>(collection, Id(name), readTime, context.Caller(), context.CancellationToken);

    /// <summary>One page of what the caller may see, filtered and ordered by <paramref name="schema"/>.</summary>
    public Task<Page<TModel>> ListAsync(
        ListSchema<TModel> schema, int pageSize, string? pageToken, string? filter, string? orderBy, bool showDeleted, ServerCallContext context) =>
        store.Visible<TModel>(context.Caller(), showDeleted).ToPageAsync(
            schema, new ListRequest(pageSize, pageToken, filter, orderBy, showDeleted ? "show_deleted" : ""), context.CancellationToken);

    public Task<TModel> ForChangeAsync(string name, string etag, ServerCallContext context, string field = "name") =>
        ForChangeByIdAsync(Id(name, field), etag, context);

    /// <summary>An Update's record, by the id its request's name gave (<c>RequestFields.ForUpdate</c>).</summary>
    public Task<TModel> ForChangeByIdAsync(string id, string etag, ServerCallContext context) =>
        store.GetForChangeAsync<TModel>(collection, id, etag, context.Caller(), context.CancellationToken);

    public Task<TModel> SaveAsync(TModel record, ServerCallContext context) =>
        store.SaveAsync(record, context.Caller(), context.CancellationToken);

    /// <summary>DeleteX: the record withdrawn (soft-deleted) with its reason.</summary>
    public async Task<TModel> WithdrawAsync(string name, string etag, string reason, ServerCallContext context)
    {
        var record = await ForChangeAsync(name, etag, context);
        record.Withdraw(reason, store.Now);
        return await SaveAsync(record, context);
    }

    /// <summary>UndeleteX: a withdrawn record restored.</summary>
    public async Task<TModel> RestoreAsync(string name, string etag, ServerCallContext context)
    {
        var record = await ForChangeAsync(name, etag, context);
        record.Restore();
        return await SaveAsync(record, context);
    }
}
