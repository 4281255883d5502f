using CoopRegistry.Domain.Notices;
using Model = CoopRegistry.Domain.Directives.Directive;

namespace CoopRegistry.Server.Directives;

/// <summary>
/// ExtractCommitments: the notice (text given, or a directive's stored text) read by
/// <see cref="NoticeReader"/> against its province's agencies, with their names, short names and
/// aliases. Nothing is written.
/// </summary>
public sealed class NoticeExtraction(RecordStore store, DirectoryReader directory)
{
    public async Task<IReadOnlyList<Contract.CommitmentDraft>> ExtractAsync(Contract.ExtractCommitmentsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var (text, province, issuer, source) = await NoticeOfAsync(request, caller, cancellationToken);
        var agencies = await directory.AgenciesOfProvinceAsync(province, cancellationToken);
        issuer ??= agencies.FirstOrDefault(a => a.Kind == AgencyKind.Administration)?.Id;
        var reader = new NoticeReader(agencies.Select(a => new NoticeAgency(a.Id, NamesOf(a))), issuer);
        return reader.Read(text).Select(d => DraftMapping.ToContract(d, text, province, source)).ToList();
    }

    private async Task<(string Text, string Province, string? Issuer, string? Source)> NoticeOfAsync(
        Contract.ExtractCommitmentsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        switch (request.NoticeCase)
        {
            case Contract.ExtractCommitmentsRequest.NoticeOneofCase.Text:
                if (string.IsNullOrWhiteSpace(request.Text))
                    throw new InvalidArgumentException("text", "is empty: paste the notice's text");
                if (request.Text.Length > Domain.Directives.DirectiveRules.TextMax)
                    throw new InvalidArgumentException("text", $"is longer than {Domain.Directives.DirectiveRules.TextMax} characters");
                return (request.Text, caller.ProvinceCode, null, null);
            case Contract.ExtractCommitmentsRequest.NoticeOneofCase.Directive:
                var id = ResourceNames.ParseId(Model.CollectionName, request.Directive, "directive");
                var directive = await store.GetAsync<Model>(Model.CollectionName, id, caller, cancellationToken);
                if (string.IsNullOrWhiteSpace(directive.Text))
                    throw new FailedPreconditionException("DIRECTIVE_TEXT_MISSING", directive.ResourceName,
                        $"{directive.ResourceName} has no text: set its text (UpdateDirective, field text) first");
                return (directive.Text, directive.HomeProvinceCode, NullIfEmpty(directive.IssuerId), directive.ResourceName);
            default:
                throw new InvalidArgumentException("text", "is required: the notice's text, or a directive");
        }
    }

    private static List<string> NamesOf(Agency agency) =>
        new[] { agency.Names.Vi, agency.ShortName }.Concat(agency.Aliases).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
