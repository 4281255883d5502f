using System.Net;
using OpenIddict.Abstractions;

namespace CoopRegistry.Identity.Tests;

/// <summary>
/// Outside Development the service will not start while any client still accepts a published
/// development secret, nor while a development person (published password, no second factor) remains.
/// </summary>
public class DevSecretGuardTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Production_refuses_to_start_until_every_dev_secret_is_rotated()
    {
        using (var refused = new IdentityFactory(identity.ConnectionString, "Production", PemFiles.ProductionKeys()))
        {
            var error = Assert.Throws<InvalidOperationException>(() => refused.Server);
            Assert.Contains("Refusing to start in Production", error.Message);
            Assert.All(IdentityFixture.DevClients, client => Assert.Contains(client.ClientId, error.Message));
        }

        await RotateEverySecretAsync();
        using (var refused = new IdentityFactory(identity.ConnectionString, "Production", PemFiles.ProductionKeys()))
        {
            var error = Assert.Throws<InvalidOperationException>(() => refused.Server);
            Assert.All(IdentityFixture.DevPeople, person => Assert.Contains(person.Username, error.Message));
        }

        await DeleteEveryDevPersonAsync();

        await using var started = new IdentityFactory(identity.ConnectionString, "Production", PemFiles.ProductionKeys());
        // Outside Development only HTTPS is served.
        using var https = started.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        Assert.Equal(HttpStatusCode.OK, (await https.GetAsync("/.well-known/openid-configuration")).StatusCode);
        using var http = started.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/.well-known/openid-configuration")).StatusCode);
    }

    private Task<int> DeleteEveryDevPersonAsync() =>
        identity.WithPeopleAsync(async people =>
        {
            foreach (var dev in IdentityFixture.DevPeople)
                TestPeople.Check(await people.DeleteAsync((await people.FindByIdAsync(dev.Username))!));
            return IdentityFixture.DevPeople.Count;
        });

    private Task<int> RotateEverySecretAsync() =>
        identity.WithApplicationsAsync(async applications =>
        {
            foreach (var client in IdentityFixture.DevClients)
            {
                var application = await applications.FindByClientIdAsync(client.ClientId) ?? throw new InvalidOperationException(client.ClientId);
                var descriptor = new OpenIddictApplicationDescriptor();
                await applications.PopulateAsync(descriptor, application);
                descriptor.ClientSecret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                await applications.UpdateAsync(application, descriptor);
            }
            return IdentityFixture.DevClients.Count;
        });
}
