namespace CoopRegistry.Domain.Records;

/// <summary>
/// Who a record concerns, as <see cref="Access.RecordAccess"/> reads it: the agencies named as
/// parties, and the provinces named as parties plus those agencies' provinces. Kept on the record
/// (PartyProvinceCodes, PartyAgencyIds) so visibility is an indexed query.
/// </summary>
public static class RecordParties
{
    /// <summary>The party agencies a record names, for looking up their provinces.</summary>
    public static List<string> AgenciesOf(RegistryRecord record) =>
        record.References().Where(r => r.Party && r.Collection == RecordReference.Agencies).Select(r => r.Id).Distinct().ToList();

    /// <summary>Sets the record's parties; <paramref name="agencyProvinces"/> are the provinces of its party agencies.</summary>
    public static void Apply(RegistryRecord record, IEnumerable<string> agencyProvinces)
    {
        record.PartyAgencyIds = AgenciesOf(record);
        record.PartyProvinceCodes = record.References().Where(r => r.Party && r.Collection == RecordReference.Provinces).Select(r => r.Id)
            .Concat(agencyProvinces).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
