using CoopRegistry.Contracts.V1;
using CoopRegistry.Identity.Clients;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Server.Admin;

/// <summary>
/// AdminService: the token service's clients (here) and people (AdminGrpcService.People), within
/// the province rules of <see cref="AdminScope"/>. Clients are stored through OpenIddict's
/// application manager so secrets are hashed exactly as the token service checks them; secrets
/// are returned only once. Disabling or rotating gives the client a new stamp, which ends every
/// token issued before (the registry refuses them within Registry:ClientStatusRefresh).
/// </summary>
public sealed partial class AdminGrpcService(
    IOpenIddictApplicationManager applications, UserManager<Identity.People.Person> people, AdminDirectory directory,
    Data.Reminders.AgencyContacts contacts, Mapster.TypeAdapterConfig mapping, ILogger<AdminGrpcService> logger)
    : AdminService.AdminServiceBase
{
    private const string Collection = "clients";

    public override async Task<ListClientsResponse> ListClients(ListClientsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var plan = AdminPaging.Plan(request.PageSize, request.PageToken, "clients", caller);
        var reachable = new List<Client>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, context.CancellationToken))
        {
            var profile = await ClientProfile.ReadAsync(applications, application, context.CancellationToken);
            if (AdminScope.Reaches(caller, profile.ManagingProvince))
                reachable.Add(await ToClientAsync(application, context.CancellationToken));
        }
        var page = plan.Page(reachable.OrderBy(c => c.ClientId, StringComparer.Ordinal), c => c.ClientId);
        return new ListClientsResponse { Clients = { page.Items }, NextPageToken = page.NextPageToken };
    }

    public override async Task<CreateClientResponse> CreateClient(CreateClientRequest request, ServerCallContext context)
    {
        var client = request.Client ?? throw new InvalidArgumentException("client", "is required");
        var caller = context.Caller();
        var violations = new FieldViolations();
        if (AdminScope.ReservedClientIds.Contains(client.ClientId))
            violations.Add("client.client_id", $"'{client.ClientId}' is reserved for the registry itself");
        else if (!ClientIdPattern().IsMatch(client.ClientId))
            violations.Add("client.client_id", "must be 3 to 63 lower-case letters, digits or hyphens, starting with a letter");
        if (string.IsNullOrWhiteSpace(client.DisplayName))
            violations.Add("client.display_name", "is required");
        var unknownScopes = client.Scopes.Except(RegistryScopes.All).ToList();
        if (client.Scopes.Count == 0 || unknownScopes.Count > 0)
            violations.Add("client.scopes", $"must be one or more of {string.Join(", ", RegistryScopes.All)}");
        var agency = await directory.AgencyInProvinceAsync(client.Agency, client.Province, "client", violations, context.CancellationToken);
        violations.ThrowIfAny();
        var managedBy = await directory.ManagerOfAsync(caller, agency!, "client.agency", context.CancellationToken);
        AdminScope.DemandGrantable(caller, client.Scopes, "client.scopes");
        if (await applications.FindByClientIdAsync(client.ClientId, context.CancellationToken) is not null)
            throw new AlreadyExistsException($"{Collection}/{client.ClientId}");
        if (await people.FindByIdAsync(client.ClientId) is not null)
            throw new AlreadyExistsException($"{PersonNames.Collection}/{client.ClientId}");

        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            DisplayName = client.DisplayName,
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith(ClientPermissions.For(client.Scopes.Distinct()));
        new ClientProfile(client.Agency, client.Province, Disabled: false, ManagedBy: managedBy == client.Province ? "" : managedBy).WriteTo(descriptor);
        var application = await applications.CreateAsync(descriptor, context.CancellationToken);
        logger.LogInformation("Client {ClientId} created for {Agency} by {Caller}", client.ClientId, client.Agency, caller.Who);
        return new CreateClientResponse { Client = await ToClientAsync(application, context.CancellationToken), ClientSecret = secret };
    }

    public override async Task<DisableClientResponse> DisableClient(DisableClientRequest request, ServerCallContext context) =>
        new() { Client = await ChangeAsync(request.Name, context, (profile, _) => (profile with { Disabled = true }).Revoked(), "disabled") };

    public override async Task<EnableClientResponse> EnableClient(EnableClientRequest request, ServerCallContext context) =>
        new() { Client = await ChangeAsync(request.Name, context, (profile, _) => profile with { Disabled = false }, "enabled") };

    public override async Task<RotateClientSecretResponse> RotateClientSecret(RotateClientSecretRequest request, ServerCallContext context)
    {
        var secret = NewSecret();
        var client = await ChangeAsync(request.Name, context, (profile, descriptor) =>
        {
            descriptor.ClientSecret = secret;
            return profile.Revoked();
        }, "secret rotated");
        return new RotateClientSecretResponse { Client = client, ClientSecret = secret };
    }

    /// <summary>Finds a client the caller may touch, lets <paramref name="change"/> write its new profile (and secret), saves it.</summary>
    private async Task<Client> ChangeAsync(
        string name, ServerCallContext context, Func<ClientProfile, OpenIddictApplicationDescriptor, ClientProfile> change, string what)
    {
        var caller = context.Caller();
        var clientId = Domain.Directory.ResourceNames.ParseId(Collection, name, "name");
        var application = await applications.FindByClientIdAsync(clientId, context.CancellationToken)
            ?? throw new NotFoundException($"{Collection}/{clientId}");
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, context.CancellationToken);
        var profile = ClientProfile.ReadFrom(descriptor);
        AdminScope.DemandReach(caller, profile.ManagingProvince, "name", $"{Collection}/{clientId}");
        if (descriptor.ClientType != ClientTypes.Confidential)
            throw new PermissionDeniedException($"name: {Collection}/{clientId} is one of the registry's own sign-in clients; it is changed by the token service's configuration");
        AdminScope.DemandNotAppointed(caller, ClientPermissions.ScopesIn(descriptor.Permissions), "name", $"{Collection}/{clientId}");
        change(profile, descriptor).WriteTo(descriptor);
        // No secret in the descriptor unless rotating: UpdateAsync keeps the stored hash.
        await applications.UpdateAsync(application, descriptor, context.CancellationToken);
        logger.LogInformation("Client {ClientId} {Change} by {Caller}", clientId, what, caller.Who);
        return await ToClientAsync(application, context.CancellationToken);
    }

    private async Task<Client> ToClientAsync(object application, CancellationToken cancellationToken)
    {
        var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
        var profile = await ClientProfile.ReadAsync(applications, application, cancellationToken);
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return new Client
        {
            Name = $"{Collection}/{clientId}",
            ClientId = clientId,
            DisplayName = await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            Agency = profile.Agency,
            Province = profile.Province,
            Scopes = { ClientPermissions.ScopesIn(permissions) },
            Disabled = profile.Disabled,
        };
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z][a-z0-9-]{2,62}$")]
    private static partial Regex ClientIdPattern();
}
