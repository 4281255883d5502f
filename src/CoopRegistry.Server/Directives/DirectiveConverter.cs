using CoopRegistry.Domain.Directives;

namespace CoopRegistry.Server.Directives;

/// <summary>
/// Contract → domain for directives: requests (Create, Update) and seed records. Every bad field
/// is reported at once (BadRequest), named as in the request, e.g. "directive.issuer".
/// </summary>
public static class DirectiveConverter
{
    /// <summary>CreateDirective: the new directive (output-only fields ignored, home province defaulting to the caller's) and its request id.</summary>
    public static (Directive Directive, Guid? RequestId) ForCreate(Contract.CreateDirectiveRequest request, Caller caller)
    {
        var source = request.Directive ?? new Contract.Directive();
        var violations = new FieldViolations();
        var (requestId, id) = violations.CreateIds(request.RequestId, request.DirectiveId, "directive_id", caller.ProvinceCode);
        var directive = new Directive
        {
            Id = id,
            HomeProvinceCode = source.HomeProvince == ""
                ? caller.ProvinceCode
                : violations.Id(Province.Collection, source.HomeProvince, "directive.home_province") ?? "",
        };
        Read(source, directive, Directive.UpdatableFields.ToHashSet(), violations);
        directive.Validate(violations.All);
        return (directive, requestId);
    }

    /// <summary>UpdateDirective: the directive's id and the requested values of the fields in <paramref name="paths"/> (only those are read).</summary>
    public static (string Id, Directive Changes) ForUpdate(Contract.Directive? source, IReadOnlySet<string> paths) =>
        RequestFields.ForUpdate<Contract.Directive, Directive>(source, "directive", Directive.CollectionName, d => d.Name, paths, Read);

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
        Read(source, directive, Directive.UpdatableFields.ToHashSet(), violations);
        directive.Validate(violations.All);
        return directive;
    }

    /// <summary>Reads the fields named in <paramref name="paths"/> into <paramref name="target"/>, collecting bad ones.</summary>
    private static void Read(Contract.Directive source, Directive target, IReadOnlySet<string> paths, FieldViolations violations)
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
                case "sources": target.Sources = violations.Sources(source.Sources, "directive.sources"); break;
                default: throw new InvalidOperationException($"no conversion for directive field {path}");
            }
    }
}
