using System.Runtime.CompilerServices;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Clients;

/// <summary>
/// Every item of a List method, page after page, as one <see cref="IAsyncEnumerable{T}"/>: the
/// next page is asked for (with the previous answer's <c>next_page_token</c>) only when the caller
/// has read the items of this one, and only while there is one.
/// <code>
/// await foreach (var agreement in Pages.ReadAllAsync(new ListAgreementsRequest { Filter = "…" },
///     (request, ct) => agreements.ListAgreementsAsync(request, cancellationToken: ct).ResponseAsync,
///     page => page.Agreements))
/// </code>
/// </summary>
public static class Pages
{
    /// <param name="request">The first page's request (filter, order, page size); left as it is.</param>
    /// <param name="listPage">One call of the List method (the client's retries apply to each).</param>
    /// <param name="items">The page's items (e.g. <c>page =&gt; page.Agreements</c>).</param>
    public static async IAsyncEnumerable<TItem> ReadAllAsync<TRequest, TResponse, TItem>(
        TRequest request,
        Func<TRequest, CancellationToken, Task<TResponse>> listPage,
        Func<TResponse, IEnumerable<TItem>> items,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var pageToken = Field(request.Descriptor, "page_token");
        var next = request.Clone();
        while (true)
        {
            var page = await listPage(next, cancellationToken);
            foreach (var item in items(page))
                yield return item;
            if (Field(page.Descriptor, "next_page_token").Accessor.GetValue(page) is not string { Length: > 0 } token)
                yield break;
            next = request.Clone();
            pageToken.Accessor.SetValue(next, token);
        }
    }

    private static FieldDescriptor Field(MessageDescriptor message, string name) =>
        message.FindFieldByName(name) ?? throw new ArgumentException($"{message.FullName} has no {name}: not a List method's message");
}
