using System.Security.Cryptography;
using System.Text.RegularExpressions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using RegistryScopes = CoopRegistry.Domain.Access.Scopes;

namespace CoopRegistry.Identity.Hosting;

/// <summary>
/// `CoopRegistry.Identity add-admin-client CLIENT_ID AGENCY PROVINCE`: the first administrator of a
/// new installation, who then creates every other client through AdminService. Outside Development
/// no client exists until this runs (the development clients are refused there). Prints the
/// generated secret once on stdout; refuses an existing client id rather than resetting its secret.
/// </summary>
public static partial class AdminClientCommand
{
    public static bool IsRequested(string[] args) => args is ["add-admin-client", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [_, var clientId, var agency, var province, ..] || !ClientIdPattern().IsMatch(clientId)
            || !agency.StartsWith("agencies/", StringComparison.Ordinal) || !province.StartsWith("provinces/", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("usage: add-admin-client CLIENT_ID agencies/AGENCY provinces/PROVINCE (client id: 3 to 63 lower-case letters, digits or hyphens)");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(clientId) is not null)
        {
            await Console.Error.WriteLineAsync($"client {clientId} exists already; rotate its secret with AdminService.RotateClientSecret");
            return 3;
        }
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = $"Administrator ({agency})",
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith(ClientPermissions.For([RegistryScopes.Admin, RegistryScopes.Read]));
        // The profile keeps the province's code (VN-30), as AdminService writes and reads it.
        new ClientProfile(agency, province["provinces/".Length..], Disabled: false).WriteTo(descriptor);
        await applications.CreateAsync(descriptor);
        Console.WriteLine(secret);
        return 0;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{2,62}$")]
    private static partial Regex ClientIdPattern();
}
