using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenIddict.Abstractions;

namespace CoopRegistry.Server.Tests;

/// <summary>AdminService on a database with the identity schema: clients created, listed, disabled, enabled, rotated.</summary>
public class AdminServiceTests(IdentityStoreFixture registry) : IClassFixture<IdentityStoreFixture>
{
    private AdminService.AdminServiceClient Admin()
    {
        var channel = registry.ChannelWith(TestTokens.For(TestCallers.GiaLaiAdministrator));
        return new AdminService.AdminServiceClient(channel);
    }

    private static Client NewClient(string id) => new()
    {
        ClientId = id,
        DisplayName = "Sở Ngoại vụ test system",
        Agency = "agencies/vn30-so-ngoai-vu",
        Province = "VN-30",
        Scopes = { "registry.read", "registry.report" },
    };

    private async Task<bool> SecretWorksAsync(string clientId, string secret)
    {
        await using var scope = registry.Factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId);
        Assert.NotNull(application);
        return await applications.ValidateClientSecretAsync(application, secret);
    }

    [Fact]
    public async Task An_admin_creates_a_client_whose_secret_is_returned_once_and_stored_hashed()
    {
        var created = await Admin().CreateClientAsync(new CreateClientRequest { Client = NewClient("created-once") });
        Assert.Equal("clients/created-once", created.Client.Name);
        Assert.Equal("agencies/vn30-so-ngoai-vu", created.Client.Agency);
        Assert.Equal(["registry.read", "registry.report"], created.Client.Scopes.Order());
        Assert.False(created.Client.Disabled);
        Assert.True(created.ClientSecret.Length >= 40);
        Assert.True(await SecretWorksAsync("created-once", created.ClientSecret));

        await using var connection = new NpgsqlConnection(registry.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select client_secret from identity.applications where client_id = 'created-once'", connection);
        var stored = (string?)await command.ExecuteScalarAsync();
        Assert.NotNull(stored);
        Assert.DoesNotContain(created.ClientSecret, stored);

        var listed = await Admin().ListClientsAsync(new ListClientsRequest { PageSize = 1000 });
        var client = Assert.Single(listed.Clients, c => c.ClientId == "created-once");
        Assert.Equal(created.Client, client);
    }

    [Theory]
    [InlineData("client.agency")]
    [InlineData("client.province")]
    [InlineData("client.scopes")]
    [InlineData("client.client_id")]
    [InlineData("client.display_name")]
    public async Task Bad_input_is_invalid_argument_naming_the_field(string field)
    {
        var client = NewClient("bad-input");
        switch (field)
        {
            case "client.agency": client.Agency = "agencies/no-such-agency"; break;
            case "client.province": client.Province = "XX-99"; break;
            case "client.scopes": client.Scopes.Add("registry.everything"); break;
            case "client.client_id": client.ClientId = "Bad Id"; break;
            case "client.display_name": client.DisplayName = ""; break;
        }
        await RpcAssert.InvalidFieldAsync(field, async () => await Admin().CreateClientAsync(new CreateClientRequest { Client = client }));
    }

    [Fact]
    public async Task A_taken_client_id_is_already_exists()
    {
        await Admin().CreateClientAsync(new CreateClientRequest { Client = NewClient("taken") });
        await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () => await Admin().CreateClientAsync(new CreateClientRequest { Client = NewClient("taken") }));
    }

    [Fact]
    public async Task An_admin_disables_and_enables_a_client_and_rotates_its_secret()
    {
        var admin = Admin();
        var created = await admin.CreateClientAsync(new CreateClientRequest { Client = NewClient("toggled") });

        var disabled = await admin.DisableClientAsync(new DisableClientRequest { Name = "clients/toggled" });
        Assert.True(disabled.Client.Disabled);
        Assert.True(await SecretWorksAsync("toggled", created.ClientSecret)); // disabling keeps the secret
        var enabled = await admin.EnableClientAsync(new EnableClientRequest { Name = "clients/toggled" });
        Assert.False(enabled.Client.Disabled);

        var rotated = await admin.RotateClientSecretAsync(new RotateClientSecretRequest { Name = "clients/toggled" });
        Assert.NotEqual(created.ClientSecret, rotated.ClientSecret);
        Assert.False(await SecretWorksAsync("toggled", created.ClientSecret));
        Assert.True(await SecretWorksAsync("toggled", rotated.ClientSecret));
        Assert.Equal("agencies/vn30-so-ngoai-vu", rotated.Client.Agency);
    }

    [Fact]
    public async Task Unknown_clients_are_not_found()
    {
        var admin = Admin();
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await admin.DisableClientAsync(new DisableClientRequest { Name = "clients/nobody-here" }));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await admin.EnableClientAsync(new EnableClientRequest { Name = "clients/nobody-here" }));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await admin.RotateClientSecretAsync(new RotateClientSecretRequest { Name = "clients/nobody-here" }));
    }

    [Fact]
    public async Task Clients_are_listed_in_pages()
    {
        var admin = Admin();
        foreach (var id in new[] { "paged-a", "paged-b", "paged-c" })
            await admin.CreateClientAsync(new CreateClientRequest { Client = NewClient(id) });
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await admin.ListClientsAsync(new ListClientsRequest { PageSize = 2, PageToken = token });
            Assert.True(page.Clients.Count <= 2);
            seen.AddRange(page.Clients.Select(c => c.ClientId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains("paged-c", seen);
    }

    [Fact]
    public async Task People_are_listed_in_pages_whose_tokens_the_client_list_refuses()
    {
        var admin = Admin();
        foreach (var username in new[] { "paged.a", "paged.b", "paged.c" })
            await admin.CreatePersonAsync(new CreatePersonRequest
            {
                Person = new Person { Username = username, DisplayName = $"Cán bộ {username}", Agency = "agencies/vn30-so-ngoai-vu", Province = "VN-30", Roles = { "reader" } },
            });
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await admin.ListPeopleAsync(new ListPeopleRequest { PageSize = 2, PageToken = token });
            Assert.True(page.People.Count <= 2);
            seen.AddRange(page.People.Select(p => p.Username));
            if (token.Length == 0)
                await RpcAssert.InvalidFieldAsync("page_token", async () => await admin.ListClientsAsync(new ListClientsRequest { PageSize = 2, PageToken = page.NextPageToken }));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Contains("paged.c", seen);
    }
}
