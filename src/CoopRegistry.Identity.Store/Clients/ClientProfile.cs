using System.Text.Json;
using OpenIddict.Abstractions;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Who a client speaks for (agency, province) and whether it may still get tokens. Kept in the
/// OpenIddict application's Properties JSON rather than a table of our own: the application manager
/// then reads and writes it in the same row and the same update as the secret and permissions, and
/// nothing can drift between two tables.
/// </summary>
public sealed record ClientProfile(string Agency, string Province, bool Disabled)
{
    private const string AgencyProperty = "agency";
    private const string ProvinceProperty = "province";
    private const string DisabledProperty = "disabled";

    public static async Task<ClientProfile> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ClientProfile(
            Text(properties, AgencyProperty),
            Text(properties, ProvinceProperty),
            properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True);
    }

    public static ClientProfile ReadFrom(OpenIddictApplicationDescriptor descriptor) => new(
        Text(descriptor.Properties, AgencyProperty),
        Text(descriptor.Properties, ProvinceProperty),
        descriptor.Properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True);

    public void WriteTo(OpenIddictApplicationDescriptor descriptor)
    {
        descriptor.Properties[AgencyProperty] = JsonSerializer.SerializeToElement(Agency);
        descriptor.Properties[ProvinceProperty] = JsonSerializer.SerializeToElement(Province);
        descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(Disabled);
    }

    private static string Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
