namespace CoopRegistry.Data.Queries;

/// <summary>What ListDirectives accepts in filter and order_by (contract field names, see directive_service.proto).</summary>
public static class DirectiveListing
{
    public static readonly ListSchema<Directive> Schema = new ListSchema<Directive>("name", d => d.Id)
        .Enum("kind", d => d.Kind, ContractEnumNames.For<DirectiveKind>("DIRECTIVE_KIND_"), orderable: false)
        .Text("number", d => d.Number)
        .ResourceName("issuer", d => d.IssuerId, Agency.Collection, orderable: false)
        .ResourceName("home_province", d => d.HomeProvinceCode, Province.Collection, orderable: false)
        .Date("issue_date", d => d.IssueDate)
        .Text("subject", d => d.Subject)
        .Timestamp("create_time", d => d.CreateTime)
        .Search(d => d.SearchKey);
}
