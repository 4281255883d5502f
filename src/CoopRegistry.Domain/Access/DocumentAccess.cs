namespace CoopRegistry.Domain.Access;

/// <summary>
/// Who may read the documents of a record they can see: everyone who sees the record, except that
/// the documents of a confidential record are only for its home province and auditors.
/// </summary>
public static class DocumentAccess
{
    public static bool CanReadDocuments(Caller caller, RegistryRecord record, bool confidential) =>
        !confidential || caller.Has(Scopes.Audit) || record.HomeProvinceCode == caller.ProvinceCode;

    /// <summary>PERMISSION_DENIED when the record is confidential and the caller is neither of its home province nor an auditor.</summary>
    public static void DemandReadDocuments(Caller caller, RegistryRecord record, bool confidential)
    {
        if (!CanReadDocuments(caller, record, confidential))
            throw new PermissionDeniedException(
                $"{record.ResourceName} is confidential: its documents are only for provinces/{record.HomeProvinceCode} and auditors");
    }
}
