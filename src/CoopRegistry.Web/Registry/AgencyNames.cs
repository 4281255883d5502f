using System.Globalization;
using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Web.Registry;

/// <summary>
/// Names of agencies and provinces as people read them (Vietnamese, or English when chosen), loaded
/// once per page session from the directory; a name the directory does not list is shown as is.
/// </summary>
public sealed class AgencyNames(DirectoryService.DirectoryServiceClient directory)
{
    private Dictionary<string, DisplayNames>? names;
    private Task? loading;

    /// <summary>Loads the names once; the parts of a page that ask at the same time share one load, a failed one is tried again.</summary>
    public Task LoadAsync()
    {
        if (loading is null || loading.IsFaulted)
            loading = LoadOnceAsync();
        return loading;
    }

    private async Task LoadOnceAsync()
    {
        var loaded = new Dictionary<string, DisplayNames>(StringComparer.OrdinalIgnoreCase);
        var token = "";
        do
        {
            var page = await directory.ListAgenciesAsync(new ListAgenciesRequest { PageSize = 1000, PageToken = token });
            foreach (var agency in page.Agencies)
                loaded[agency.Name] = agency.DisplayNames;
            token = page.NextPageToken;
        } while (token.Length > 0);
        var provinces = await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = 1000 });
        foreach (var province in provinces.Provinces)
            loaded[province.Name] = province.DisplayNames;
        names = loaded;
    }

    /// <summary>All agencies, by their display name, for pickers.</summary>
    public IEnumerable<string> Agencies => names?.Keys.Where(k => k.StartsWith("agencies/", StringComparison.Ordinal)) ?? [];

    /// <summary>All provinces, for pickers.</summary>
    public IEnumerable<string> Provinces => names?.Keys.Where(k => k.StartsWith("provinces/", StringComparison.Ordinal)) ?? [];

    public string Of(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return "";
        if (names is null || !names.TryGetValue(name, out var display))
            return name;
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var chosen = english ? display.En : display.Vi;
        return string.IsNullOrEmpty(chosen) ? (display.Vi.Length > 0 ? display.Vi : display.En) : chosen;
    }
}
