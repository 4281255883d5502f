using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Directives;

/// <summary>
/// Contract → domain for directives: requests (Create, Update) and seed records. Every bad field
/// is reported at once (BadRequest), named as in the request, e.g. "directive.issuer".
/// </summary>
public static class DirectiveConverter
{
    /// <summary>The fields an Update may name in its mask (home_province is fixed at creation).</summary>
    public static readonly IReadOnlyList<string> Updatable =
        ["kind", "number", "issue_date", "issuer", "signer", "signer_title", "subject", "summary", "sources", "text"];

    /// <summary>CreateDirective: the new directive (output-only fields ignored, home province defaulting to the caller's) and its request id.</summary>
    public static (Directive Directive, Guid? RequestId) ForCreate(Contract.CreateDirectiveRequest request, Caller caller)
    {
        var source = request.Directive ?? new Contract.Directive();
        var violations = new FieldViolations();
        var requestId = violations.Check(() => RequestIds.Parse(request.RequestId));
        var directive = new Directive
        {
            Id = violations.Check(() => RecordIds.ChooseOrGenerate(request.DirectiveId, "directive_id", caller.ProvinceCode)) ?? "",
            HomeProvinceCode = source.HomeProvince == ""
                ? caller.ProvinceCode
                : violations.Id(Province.Collection, source.HomeProvince, "directive.home_province") ?? "",
        };
        Apply(source, directive, Updatable.ToHashSet(), violations);
        return (directive, requestId);
    }

    /// <summary>UpdateDirective: copies the masked fields onto the stored directive and checks it.</summary>
    public static void ForUpdate(Contract.Directive source, Directive target, IReadOnlySet<string> paths) =>
        Apply(source, target, paths, new FieldViolations());

    /// <summary>
    /// A seed record (seeds/directives.json): its id from <c>name</c>, the home province required,
    /// and, since seeds describe history, output-only withdrawal (delete_time, withdrawal_reason) honoured.
    /// </summary>
    public static Directive FromSeed(Contract.Directive source)
    {
        var violations = new FieldViolations();
        var directive = new Directive
        {
            Id = violations.Check(() => ResourceNames.ParseId(Directive.CollectionName, source.Name, "directive.name")) ?? "",
            HomeProvinceCode = violations.Check(() => ResourceNames.ParseId(Province.Collection, source.HomeProvince, "directive.home_province")) ?? "",
            DeleteTime = source.DeleteTime?.ToDateTime(),
            WithdrawalReason = source.DeleteTime is null ? null : source.WithdrawalReason,
        };
        Apply(source, directive, Updatable.ToHashSet(), violations);
        return directive;
    }

    private static void Apply(Contract.Directive source, Directive target, IReadOnlySet<string> paths, FieldViolations violations)
    {
        foreach (var path in paths)
            switch (path)
            {
                case "kind": target.Kind = (DirectiveKind)(int)source.Kind; break;
                case "number": target.Number = source.Number.Trim(); break;
                case "issue_date": target.IssueDate = violations.Date(source.IssueDate, "directive.issue_date"); break;
                case "issuer": target.IssuerId = violations.Id(Agency.Collection, source.Issuer, "directive.issuer") ?? ""; break;
                case "signer": target.Signer = source.Signer.Trim(); break;
                case "signer_title": target.SignerTitle = source.SignerTitle.Trim(); break;
                case "subject": target.Subject = source.Subject.Trim(); break;
                case "summary": target.Summary = source.Summary.Trim(); break;
                case "text": target.Text = source.Text; break;
                case "sources": target.Sources = [.. source.Sources.Select((s, i) => new SourceReference(s.Document.Trim(), s.Section.Trim(), violations.SourceKindOf(s.Kind, $"directive.sources[{i}].kind")))]; break;
                default: throw new InvalidOperationException($"no conversion for directive field {path}");
            }
        // A field already refused is not reported again by the rules ("issuer: is required").
        violations.Throw(DirectiveRules.Check(target).Where(v => violations.All.All(seen => seen.Field != v.Field)).ToList());
        target.Validate();
    }
}
