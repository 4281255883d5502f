using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Queries;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Identity.Clients;
using CoopRegistry.Server.Errors;
using Grpc.Core;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Model = CoopRegistry.Domain.Directory;

namespace CoopRegistry.Server.Admin;

/// <summary>
/// AdminService: the token service's clients, stored through OpenIddict's application manager so
/// secrets are hashed exactly as the token service checks them. Secrets are returned only once.
/// </summary>
public sealed partial class AdminGrpcService(
    IOpenIddictApplicationManager applications, DirectoryReader directory, Data.Reminders.AgencyContacts contacts, Mapster.TypeAdapterConfig mapping, ILogger<AdminGrpcService> logger)
    : AdminService.AdminServiceBase
{
    private const string Collection = "clients";

    public override async Task<ListClientsResponse> ListClients(ListClientsRequest request, ServerCallContext context)
    {
        var size = Domain.Listing.PageSize.Resolve(request.PageSize);
        var offset = 0;
        if (request.PageToken.Length > 0 && (!int.TryParse(request.PageToken, out offset) || offset < 0))
            throw new InvalidArgumentException("page_token", "is not a token from a previous ListClients call");
        var response = new ListClientsResponse();
        var found = 0;
        await foreach (var application in applications.ListAsync(size + 1, offset, context.CancellationToken))
        {
            if (++found > size)
                break;
            response.Clients.Add(await ToClientAsync(application, context.CancellationToken));
        }
        if (found > size)
            response.NextPageToken = (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response;
    }

    public override async Task<CreateClientResponse> CreateClient(CreateClientRequest request, ServerCallContext context)
    {
        var client = request.Client ?? throw new InvalidArgumentException("client", "is required");
        var violations = new FieldViolations();
        if (!ClientIdPattern().IsMatch(client.ClientId))
            violations.Add("client.client_id", "must be 3 to 63 lower-case letters, digits or hyphens, starting with a letter");
        if (string.IsNullOrWhiteSpace(client.DisplayName))
            violations.Add("client.display_name", "is required");
        var unknownScopes = client.Scopes.Except(RegistryScopes.All).ToList();
        if (client.Scopes.Count == 0 || unknownScopes.Count > 0)
            violations.Add("client.scopes", $"must be one or more of {string.Join(", ", RegistryScopes.All)}");
        await CheckAgencyAsync(client.Agency, violations, context.CancellationToken);
        await CheckProvinceAsync(client.Province, violations, context.CancellationToken);
        violations.ThrowIfAny();
        if (await applications.FindByClientIdAsync(client.ClientId, context.CancellationToken) is not null)
            throw new AlreadyExistsException($"{Collection}/{client.ClientId}");

        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            DisplayName = client.DisplayName,
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith(PermissionsFor(client.Scopes.Distinct()));
        new ClientProfile(client.Agency, client.Province, Disabled: false).WriteTo(descriptor);
        var application = await applications.CreateAsync(descriptor, context.CancellationToken);
        logger.LogInformation("Client {ClientId} created for {Agency}", client.ClientId, client.Agency);
        return new CreateClientResponse { Client = await ToClientAsync(application, context.CancellationToken), ClientSecret = secret };
    }

    public override async Task<DisableClientResponse> DisableClient(DisableClientRequest request, ServerCallContext context) =>
        new() { Client = await SetDisabledAsync(request.Name, disabled: true, context.CancellationToken) };

    public override async Task<EnableClientResponse> EnableClient(EnableClientRequest request, ServerCallContext context) =>
        new() { Client = await SetDisabledAsync(request.Name, disabled: false, context.CancellationToken) };

    public override async Task<RotateClientSecretResponse> RotateClientSecret(RotateClientSecretRequest request, ServerCallContext context)
    {
        var application = await FindAsync(request.Name, context.CancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, context.CancellationToken);
        var secret = NewSecret();
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, context.CancellationToken);
        logger.LogInformation("Secret of client {ClientId} rotated", descriptor.ClientId);
        return new RotateClientSecretResponse { Client = await ToClientAsync(application, context.CancellationToken), ClientSecret = secret };
    }

    private async Task<Client> SetDisabledAsync(string name, bool disabled, CancellationToken cancellationToken)
    {
        var application = await FindAsync(name, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var profile = ClientProfile.ReadFrom(descriptor);
        (profile with { Disabled = disabled }).WriteTo(descriptor);
        // No secret in the descriptor: UpdateAsync keeps the stored hash.
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        logger.LogInformation("Client {ClientId} {Change}", descriptor.ClientId, disabled ? "disabled" : "enabled");
        return await ToClientAsync(application, cancellationToken);
    }

    private async Task<object> FindAsync(string name, CancellationToken cancellationToken)
    {
        var clientId = Model.ResourceNames.ParseId(Collection, name, "name");
        return await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new NotFoundException($"{Collection}/{clientId}");
    }

    private async Task CheckAgencyAsync(string agency, FieldViolations violations, CancellationToken cancellationToken)
    {
        // The name's own violation is replaced by the form a client's agency takes.
        if (new FieldViolations().Check(() => Model.ResourceNames.ParseId(Model.Agency.Collection, agency, "client.agency")) is not { } id)
        {
            violations.Add("client.agency", "must be agencies/{id}");
            return;
        }
        try
        {
            await directory.GetAgencyAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            violations.Add("client.agency", $"{agency} is not in the directory");
        }
    }

    private async Task CheckProvinceAsync(string province, FieldViolations violations, CancellationToken cancellationToken)
    {
        try
        {
            if (province.Length == 0)
                throw new NotFoundException("provinces/");
            await directory.GetProvinceAsync(province, cancellationToken);
        }
        catch (NotFoundException)
        {
            violations.Add("client.province", "must be the code of a province in the directory, e.g. VN-30");
        }
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
            Scopes =
            {
                permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..]),
            },
            Disabled = profile.Disabled,
        };
    }

    // Agency is kept as the resource name (agencies/{id}), as the token's agency claim carries it.
    // Scopes are registered with the token server by plain name; a client's permission carries "scp:".
    private static IEnumerable<string> PermissionsFor(IEnumerable<string> scopes) =>
        [Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, .. scopes.Select(s => Permissions.Prefixes.Scope + s)];

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z][a-z0-9-]{2,62}$")]
    private static partial Regex ClientIdPattern();
}
