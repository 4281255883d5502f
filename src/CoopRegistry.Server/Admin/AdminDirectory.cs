using Model = CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Admin;

/// <summary>
/// The directory as administration needs it: a client's or person's agency must exist and its
/// province must be the agency's own (no binding an agency to another province); and who manages
/// what is created for it.
/// </summary>
public sealed class AdminDirectory(DirectoryReader directory)
{
    /// <summary>The agency named <paramref name="agency"/> when it exists in <paramref name="province"/>; else null and a violation.</summary>
    public async Task<Model.Agency?> AgencyInProvinceAsync(
        string agency, string province, string message, FieldViolations violations, CancellationToken cancellationToken)
    {
        // The name's own violation is replaced by the form an agency field takes.
        if (new FieldViolations().Check(() => Model.ResourceNames.ParseId(Model.Agency.Collection, agency, $"{message}.agency")) is not { } id)
        {
            violations.Add($"{message}.agency", "must be agencies/{id}");
            return null;
        }
        Model.Agency found;
        try
        {
            found = await directory.GetAgencyAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            violations.Add($"{message}.agency", $"{agency} is not in the directory");
            return null;
        }
        if (found.ProvinceCode is { } own && own != province)
        {
            violations.Add($"{message}.province", $"{agency} belongs to provinces/{own}, not '{province}'");
            return null;
        }
        if (found.ProvinceCode is null && !await ProvinceExistsAsync(province, cancellationToken))
        {
            violations.Add($"{message}.province", "must be the code of a province in the directory, e.g. VN-30");
            return null;
        }
        return found;
    }

    /// <summary>
    /// The province whose administrators will manage what is made for <paramref name="agency"/>: its
    /// own province; a partner's (an agency of another country) is the home province creating it. A
    /// non-operator may create only for its own province's agencies and for partners.
    /// </summary>
    public async Task<string> ManagerOfAsync(Caller caller, Model.Agency agency, string field, CancellationToken cancellationToken)
    {
        if (agency.ProvinceCode == caller.ProvinceCode)
            return caller.ProvinceCode;
        if (caller.IsOperator)
            return agency.ProvinceCode ?? caller.ProvinceCode;
        var home = await directory.GetProvinceAsync(caller.ProvinceCode, cancellationToken);
        if (agency.ProvinceCode is not null && agency.CountryCode != home.CountryCode)
            return caller.ProvinceCode;
        throw new PermissionDeniedException(
            $"{field}: {agency.ResourceName} is in {(agency.ProvinceCode is null ? "no province (a national body)" : $"provinces/{agency.ProvinceCode}")}; "
            + $"{caller.Who} administers provinces/{caller.ProvinceCode} and its partners only");
    }

    public Task<Model.Agency> AgencyAsync(string id, CancellationToken cancellationToken) => directory.GetAgencyAsync(id, cancellationToken);

    private async Task<bool> ProvinceExistsAsync(string province, CancellationToken cancellationToken)
    {
        try
        {
            return province.Length > 0 && await directory.GetProvinceAsync(province, cancellationToken) is not null;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
