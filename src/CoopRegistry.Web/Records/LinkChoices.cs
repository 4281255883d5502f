using CoopRegistry.Contracts.V1;
using CoopRegistry.Web.Registry;

namespace CoopRegistry.Web.Records;

/// <summary>A record a form may link to: its name (the value kept) and what people read.</summary>
public sealed record LinkChoice(string Name, string Title);

/// <summary>
/// The agreements or directives a plan or event may link to, found by the registry's phrase search
/// as the person types (only what the person may read is offered).
/// </summary>
public sealed class LinkChoices(AgreementService.AgreementServiceClient agreements, DirectiveService.DirectiveServiceClient directives)
{
    public const string Agreements = "agreements";

    public const string Directives = "directives";

    private const int Offered = 20;

    public async Task<IReadOnlyList<LinkChoice>> FindAsync(string collection, string? words, CancellationToken cancellation) => collection switch
    {
        Agreements => [.. (await agreements.ListAgreementsAsync(
                new ListAgreementsRequest { Filter = ListFilters.Agreements(words, null), PageSize = Offered }, cancellationToken: cancellation))
            .Agreements.Select(a => new LinkChoice(a.Name, a.Title))],
        Directives => [.. (await directives.ListDirectivesAsync(
                new ListDirectivesRequest { Filter = ListFilters.Directives(words), PageSize = Offered }, cancellationToken: cancellation))
            .Directives.Select(d => new LinkChoice(d.Name, $"{d.Number} · {d.Subject}"))],
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, "agreements or directives"),
    };
}
