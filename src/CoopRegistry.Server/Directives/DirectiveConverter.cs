using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Server.Protobuf;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Directives;

/// <summary>
/// Contract → domain for directives: requests (Create, Update) and seed records. Every bad field
/// is reported at once (BadRequest), named as in the request, e.g. "directive.issuer".
/// </summary>
public static class DirectiveConverter
{
    /// <summary>The fields an Update may name in its mask (home_province is fixed at creation).</summary>
    public static readonly IReadOnlyList<string> Updatable =
        ["kind", "number", "issue_date", "issuer", "signer", "signer_title", "subject", "summary", "sources"];

    /// <summary>A new directive from CreateDirective; output-only fields are ignored; home province defaults to the caller's.</summary>
    public static Directive ToNew(Contract.Directive? source, string id, string callerProvince)
    {
        source ??= new Contract.Directive();
        var violations = new List<FieldViolation>();
        var directive = new Directive
        {
            Id = id,
            HomeProvinceCode = source.HomeProvince == ""
                ? callerProvince
                : Parse(violations, () => ResourceNames.ParseId(Province.Collection, source.HomeProvince, "directive.home_province")),
        };
        Apply(source, directive, Updatable.ToHashSet(), violations);
        return directive;
    }

    /// <summary>UpdateDirective: copies the masked fields onto the stored directive and checks it.</summary>
    public static void Update(Contract.Directive source, Directive target, IReadOnlySet<string> paths) =>
        Apply(source, target, paths, []);

    /// <summary>
    /// A seed record (seeds/directives.json): its id from <c>name</c>, the home province required,
    /// and, since seeds describe history, output-only withdrawal (delete_time, withdrawal_reason) honoured.
    /// </summary>
    public static Directive FromSeed(Contract.Directive source)
    {
        var violations = new List<FieldViolation>();
        var directive = new Directive
        {
            Id = Parse(violations, () => ResourceNames.ParseId(Directive.CollectionName, source.Name, "directive.name")),
            HomeProvinceCode = Parse(violations, () => ResourceNames.ParseId(Province.Collection, source.HomeProvince, "directive.home_province")),
            DeleteTime = source.DeleteTime?.ToDateTime(),
            WithdrawalReason = source.DeleteTime is null ? null : source.WithdrawalReason,
        };
        Apply(source, directive, Updatable.ToHashSet(), violations);
        return directive;
    }

    private static void Apply(Contract.Directive source, Directive target, IReadOnlySet<string> paths, List<FieldViolation> violations)
    {
        foreach (var path in paths)
            switch (path)
            {
                case "kind": target.Kind = (DirectiveKind)(int)source.Kind; break;
                case "number": target.Number = source.Number.Trim(); break;
                case "issue_date": target.IssueDate = Parse(violations, () => source.IssueDate.ToDateOnly("directive.issue_date")); break;
                case "issuer":
                    target.IssuerId = source.Issuer == "" ? "" : Parse(violations, () => ResourceNames.ParseId(Agency.Collection, source.Issuer, "directive.issuer"));
                    break;
                case "signer": target.Signer = source.Signer.Trim(); break;
                case "signer_title": target.SignerTitle = source.SignerTitle.Trim(); break;
                case "subject": target.Subject = source.Subject.Trim(); break;
                case "summary": target.Summary = source.Summary.Trim(); break;
                case "sources": target.Sources = source.Sources.Select((s, i) => new SourceReference(s.Document.Trim(), s.Section.Trim(), SourceKinds.Read(s.Kind, $"directive.sources[{i}].kind"))).ToList(); break;
                default: throw new InvalidOperationException($"no conversion for directive field {path}");
            }
        // A field already refused is not reported again by the rules ("issuer: is required").
        violations.AddRange(DirectiveRules.Check(target).Where(v => violations.All(seen => seen.Field != v.Field)));
        if (violations.Count > 0)
            throw new InvalidArgumentException(violations);
        target.Validate();
    }

    private static T Parse<T>(List<FieldViolation> violations, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InvalidArgumentException e)
        {
            violations.AddRange(e.Violations);
            return default!;
        }
    }
}
