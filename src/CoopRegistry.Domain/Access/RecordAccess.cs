using System.Linq.Expressions;

namespace CoopRegistry.Domain.Access;

/// <summary>
/// Record-level access, the second half of <see cref="AccessPolicy"/>: who may see and change
/// which register record. Auditors see everything; everyone else sees the records of their own
/// home province and those their province or agency is a party to. Only the home province's own
/// agencies, with the manage scope, change a record.
/// </summary>
public static class RecordAccess
{
    /// <summary>The visibility rule as a query predicate, so lists filter in SQL.</summary>
    public static Expression<Func<T, bool>> VisibleTo<T>(Caller caller) where T : IHasParties
    {
        if (caller.Has(Scopes.Audit))
            return record => true;
        var province = caller.ProvinceCode;
        var agency = caller.AgencyId;
        return record => record.HomeProvinceCode == province
            || record.PartyProvinceCodes.Contains(province)
            || record.PartyAgencyIds.Contains(agency);
    }

    public static bool CanSee(Caller caller, IHasParties record) =>
        caller.Has(Scopes.Audit)
        || record.HomeProvinceCode == caller.ProvinceCode
        || record.PartyProvinceCodes.Contains(caller.ProvinceCode)
        || record.PartyAgencyIds.Contains(caller.AgencyId);

    /// <summary>
    /// Whether Get would show the record: the read scope (or audit) and sight of it. An answer to a
    /// write shows the record only then; a client that may only report learns nothing more by reporting.
    /// </summary>
    public static bool CanGet(Caller caller, RegistryRecord record) =>
        AccessPolicy.Allows(caller, AccessAction.Read) && CanSee(caller, record);

    /// <summary>Throws NOT_FOUND for a record the caller may not see, so its existence is not revealed.</summary>
    public static void DemandSee(Caller caller, RegistryRecord record)
    {
        if (!CanSee(caller, record))
            throw new NotFoundException(record.ResourceName);
    }

    /// <summary>PERMISSION_DENIED unless the caller may change records of the record's home province.</summary>
    public static void DemandManage(Caller caller, RegistryRecord record)
    {
        AccessPolicy.Demand(caller, AccessAction.Manage);
        if (record.HomeProvinceCode != caller.ProvinceCode)
            throw new PermissionDeniedException(
                $"client {caller.ClientId} acts for provinces/{caller.ProvinceCode}; records of provinces/{record.HomeProvinceCode} are kept by its own agencies");
    }
}
