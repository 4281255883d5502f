using System.Net;
using System.Text.Json.Nodes;
using CoopRegistry.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace CoopRegistry.Identity.Tests;

/// <summary>Syncing seeds/dev-clients.json into the store: idempotent, and a changed record is updated in place.</summary>
public class DevClientSyncTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string Attapeu = "laat-chinh-quyen-tinh";

    [Fact]
    public async Task Syncing_the_same_file_again_changes_nothing()
    {
        var before = await RowVersionsAsync();
        var report = await identity.MigrateAsync(IdentityFactory.DevClientsPath);
        Assert.NotNull(report);
        Assert.Equal((0, 0, before.Count), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(before, await RowVersionsAsync());
    }

    [Fact]
    public async Task Every_dev_client_is_stored_with_a_hashed_secret()
    {
        var clients = await ApplicationsAsync();
        Assert.Equal(IdentityFixture.DevClients.Select(c => c.ClientId).Order(), clients.Select(c => c.ClientId!).Order());
        foreach (var client in IdentityFixture.DevClients)
        {
            var stored = clients.Single(c => c.ClientId == client.ClientId).ClientSecret;
            Assert.False(string.IsNullOrEmpty(stored));
            Assert.DoesNotContain(client.ClientSecret, stored);
        }
    }

    [Fact]
    public async Task A_changed_scope_list_is_updated_and_the_next_token_carries_it()
    {
        var secret = IdentityFixture.DevClient(Attapeu).ClientSecret;
        var changed = DevClientFiles.CopyWith(clients => DevClientFiles.Client(clients, Attapeu)["scopes"] = new JsonArray("registry.read"));
        try
        {
            var report = await identity.MigrateAsync(changed);
            Assert.Equal((0, 1), (report!.Created, report.Updated));
            var token = await TokenClient.AccessTokenAsync(identity.Http, Attapeu, secret);
            Assert.Equal("registry.read", Jwt.Payload(token).GetProperty("scope").GetString());
            var (status, body) = await TokenClient.RequestAsync(identity.Http, Attapeu, secret, "registry.report");
            Assert.Equal((HttpStatusCode.BadRequest, "invalid_scope"), (status, TokenClient.Error(body)));
        }
        finally
        {
            Assert.Equal(1, (await identity.MigrateAsync(IdentityFactory.DevClientsPath))!.Updated);
        }
    }

    [Fact]
    public async Task A_changed_secret_replaces_the_old_one()
    {
        const string client = "vn30-so-tai-chinh";
        var oldSecret = IdentityFixture.DevClient(client).ClientSecret;
        const string newSecret = "dev-only-secret-rotated-for-a-test";
        var changed = DevClientFiles.CopyWith(clients => DevClientFiles.Client(clients, client)["client_secret"] = newSecret);
        try
        {
            Assert.Equal(1, (await identity.MigrateAsync(changed))!.Updated);
            await TokenClient.AccessTokenAsync(identity.Http, client, newSecret);
            var (status, _) = await TokenClient.RequestAsync(identity.Http, client, oldSecret);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
        }
        finally
        {
            Assert.Equal(1, (await identity.MigrateAsync(IdentityFactory.DevClientsPath))!.Updated);
        }
    }

    [Fact]
    public async Task A_changed_agency_and_province_reach_the_token()
    {
        const string client = "vn30-so-cong-thuong";
        var changed = DevClientFiles.CopyWith(clients =>
        {
            DevClientFiles.Client(clients, client)["agency"] = "agencies/vn09-so-cong-thuong";
            DevClientFiles.Client(clients, client)["province"] = "VN-09";
        });
        try
        {
            Assert.Equal(1, (await identity.MigrateAsync(changed))!.Updated);
            var claims = Jwt.Payload(await TokenClient.AccessTokenAsync(identity.Http, client, IdentityFixture.DevClient(client).ClientSecret));
            Assert.Equal(("agencies/vn09-so-cong-thuong", "VN-09"), (claims.GetProperty("agency").GetString(), claims.GetProperty("province").GetString()));
        }
        finally
        {
            Assert.Equal(1, (await identity.MigrateAsync(IdentityFactory.DevClientsPath))!.Updated);
        }
    }

    // The systems' clients: the first-party public ones are not the file's.
    private async Task<List<OpenIddictEntityFrameworkCoreApplication>> ApplicationsAsync()
    {
        await using var scope = identity.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>()
            .Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking().Where(a => a.ClientType == "confidential").ToListAsync();
    }

    // OpenIddict replaces an application's concurrency token on every update it writes.
    private async Task<Dictionary<string, string?>> RowVersionsAsync() =>
        (await ApplicationsAsync()).ToDictionary(a => a.ClientId!, a => a.ConcurrencyToken);
}
