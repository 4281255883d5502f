using System.Text.Json;
using OpenIddict.Abstractions;

namespace CoopRegistry.Identity.Clients;

/// <summary>
/// Who a client speaks for (agency, province) and whether it may still get tokens. Kept in the
/// OpenIddict application's Properties JSON rather than a table of our own: the application manager
/// then reads and writes it in the same row and the same update as the secret and permissions, and
/// nothing can drift between two tables. Stamp changes whenever the client's earlier tokens must
/// stop working (<see cref="People.TokenStamps"/>); empty until the first such change. ManagedBy is
/// the province whose administrators manage the client: a partner system's (a Cambodian or Lao
/// agency) is the home province that created it; empty means the client's own province.
/// </summary>
public sealed record ClientProfile(string Agency, string Province, bool Disabled, string Stamp = "", string ManagedBy = "")
{
    private const string AgencyProperty = "agency";
    private const string ProvinceProperty = "province";
    private const string DisabledProperty = "disabled";
    private const string StampProperty = "stamp";
    private const string ManagedByProperty = "managed_by";

    /// <summary>The province whose administrators manage this client.</summary>
    public string ManagingProvince => ManagedBy.Length > 0 ? ManagedBy : Province;

    public static async Task<ClientProfile> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ClientProfile(
            Text(properties, AgencyProperty),
            Text(properties, ProvinceProperty),
            properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True,
            Text(properties, StampProperty),
            Text(properties, ManagedByProperty));
    }

    public static ClientProfile ReadFrom(OpenIddictApplicationDescriptor descriptor) => new(
        Text(descriptor.Properties, AgencyProperty),
        Text(descriptor.Properties, ProvinceProperty),
        descriptor.Properties.TryGetValue(DisabledProperty, out var disabled) && disabled.ValueKind == JsonValueKind.True,
        Text(descriptor.Properties, StampProperty),
        Text(descriptor.Properties, ManagedByProperty));

    /// <summary>The same client with a new stamp: every token issued before stops working.</summary>
    public ClientProfile Revoked() => this with { Stamp = People.TokenStamps.NewClientStamp() };

    public void WriteTo(OpenIddictApplicationDescriptor descriptor)
    {
        descriptor.Properties[AgencyProperty] = JsonSerializer.SerializeToElement(Agency);
        descriptor.Properties[ProvinceProperty] = JsonSerializer.SerializeToElement(Province);
        descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(Disabled);
        if (Stamp.Length > 0)
            descriptor.Properties[StampProperty] = JsonSerializer.SerializeToElement(Stamp);
        if (ManagedBy.Length > 0)
            descriptor.Properties[ManagedByProperty] = JsonSerializer.SerializeToElement(ManagedBy);
    }

    private static string Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
