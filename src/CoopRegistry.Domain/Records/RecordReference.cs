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
}
