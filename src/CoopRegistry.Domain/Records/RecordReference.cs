namespace CoopRegistry.Domain.Records;

/// <summary>
/// A link from a record to a province, agency or other record, with the request field that names
/// it (so an unknown one is INVALID_ARGUMENT on that field). <see cref="Party"/> marks the ones
/// that make their province or agency a party for access purposes.
/// </summary>
public sealed record RecordReference(string Field, string Collection, string Id, bool Party = false)
{
    public const string Provinces = "provinces";
    public const string Agencies = "agencies";

    public static RecordReference Province(string field, string code, bool party = true) => new(field, Provinces, code, party);

    public static RecordReference Agency(string field, string id, bool party = true) => new(field, Agencies, id, party);

    /// <summary>The reference of an optional field: none while it is unset.</summary>
    public static IEnumerable<RecordReference> Optional(string field, string collection, string? id, bool party = false) =>
        id is null ? [] : [new(field, collection, id, party)];

    public static IEnumerable<RecordReference> OptionalProvince(string field, string? code, bool party = true) => Optional(field, Provinces, code, party);

    public static IEnumerable<RecordReference> OptionalAgency(string field, string? id, bool party = true) => Optional(field, Agencies, id, party);

    /// <summary>One reference per id of a list field, each named by its index: field[0], field[1], …</summary>
    public static IEnumerable<RecordReference> Each(string field, string collection, IEnumerable<string> ids, bool party = false) =>
        ids.Select((id, i) => new RecordReference($"{field}[{i}]", collection, id, party));

    public static IEnumerable<RecordReference> EachProvince(string field, IEnumerable<string> codes) => Each(field, Provinces, codes, party: true);

    public static IEnumerable<RecordReference> EachAgency(string field, IEnumerable<string> ids) => Each(field, Agencies, ids, party: true);
}
