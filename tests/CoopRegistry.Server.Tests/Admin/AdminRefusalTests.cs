using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Admin;

/// <summary>Each door issue 16 closes, refused with PERMISSION_DENIED or INVALID_ARGUMENT naming the field.</summary>
public class AdminRefusalTests(IdentityStoreFixture registry) : IClassFixture<IdentityStoreFixture>
{
    private AdminService.AdminServiceClient GiaLai => registry.Admin(TestCallers.GiaLaiAdministrator);

    [Fact]
    public async Task A_client_for_another_provinces_department_is_refused()
    {
        var client = new Client(AdminTargets.GiaLaiClient("ls-by-gialai")) { Agency = "agencies/vn09-so-cong-thuong", Province = "VN-09" };
        await DeniedAsync("client.agency", () => GiaLai.CreateClientAsync(new CreateClientRequest { Client = client }).ResponseAsync);
        var person = new Person(AdminTargets.GiaLaiPerson("ls.by-gialai")) { Agency = "agencies/vn09-so-cong-thuong", Province = "VN-09" };
        await DeniedAsync("person.agency", () => GiaLai.CreatePersonAsync(new CreatePersonRequest { Person = person }).ResponseAsync);
    }

    [Theory]
    [InlineData("registry.audit")]
    [InlineData("registry.admin")]
    public async Task The_auditors_and_administrators_scopes_are_for_the_operator_to_grant(string scope)
    {
        await DeniedAsync("client.scopes", () => GiaLai.CreateClientAsync(new CreateClientRequest { Client = AdminTargets.GiaLaiClient($"appointed-{scope[9..]}", "registry.read", scope) }).ResponseAsync);
        var role = scope == "registry.audit" ? "auditor" : "administrator";
        await DeniedAsync("person.roles", () => GiaLai.CreatePersonAsync(new CreatePersonRequest { Person = AdminTargets.GiaLaiPerson($"appointed.{role}", "reader", role) }).ResponseAsync);
        var person = await registry.CreateGiaLaiPersonAsync($"promoted.{role}");
        await DeniedAsync("roles", () => GiaLai.SetPersonRolesAsync(new SetPersonRolesRequest { Name = $"people/{person}", Roles = { "reader", role } }).ResponseAsync);

        var op = registry.Admin(TestCallers.Operator);
        await op.CreateClientAsync(new CreateClientRequest { Client = AdminTargets.GiaLaiClient($"operator-{scope[9..]}", "registry.read", scope) });
        var appointed = await op.SetPersonRolesAsync(new SetPersonRolesRequest { Name = $"people/{person}", Roles = { "reader", role } });
        Assert.Contains(role, appointed.Person.Roles);
    }

    [Fact]
    public async Task A_scope_the_administrator_does_not_hold_is_not_granted()
    {
        // TestCallers.Administrator holds registry.admin alone.
        var bare = registry.Admin(TestCallers.Administrator);
        await DeniedAsync("client.scopes", () => bare.CreateClientAsync(new CreateClientRequest { Client = AdminTargets.GiaLaiClient("not-held") }).ResponseAsync);
        await DeniedAsync("person.roles", () => bare.CreatePersonAsync(new CreatePersonRequest { Person = AdminTargets.GiaLaiPerson("not.held") }).ResponseAsync);
    }

    [Fact]
    public async Task An_agency_is_not_bound_to_another_province()
    {
        var client = new Client(AdminTargets.GiaLaiClient("rebound")) { Agency = "agencies/kh16-chinh-quyen-tinh", Province = "VN-30" };
        await RpcAssert.InvalidFieldAsync("client.province", () => GiaLai.CreateClientAsync(new CreateClientRequest { Client = client }).ResponseAsync);
        var person = new Person(AdminTargets.GiaLaiPerson("re.bound")) { Province = "KH-16" };
        await RpcAssert.InvalidFieldAsync("person.province", () => GiaLai.CreatePersonAsync(new CreatePersonRequest { Person = person }).ResponseAsync);
    }

    [Theory]
    [InlineData("system")]
    [InlineData("seed")]
    [InlineData("coop-cli")]
    [InlineData("coop-console")]
    public async Task Reserved_client_ids_are_refused(string id) =>
        await RpcAssert.InvalidFieldAsync("client.client_id", () => registry.Admin(TestCallers.Operator).CreateClientAsync(new CreateClientRequest { Client = AdminTargets.GiaLaiClient(id) }).ResponseAsync);

    [Fact]
    public async Task A_user_name_without_a_dot_could_be_a_client_id_and_is_refused() =>
        await RpcAssert.InvalidFieldAsync("person.username", () => GiaLai.CreatePersonAsync(new CreatePersonRequest { Person = AdminTargets.GiaLaiPerson("nodot") }).ResponseAsync);

    [Fact]
    public async Task A_partner_system_is_created_and_kept_by_the_home_province_that_partners_with_it()
    {
        var partner = new Client(AdminTargets.GiaLaiClient("kh16-partner-system")) { Agency = "agencies/kh16-chinh-quyen-tinh", Province = "KH-16" };
        var created = await GiaLai.CreateClientAsync(new CreateClientRequest { Client = partner });
        Assert.Equal("KH-16", created.Client.Province);
        Assert.Contains("kh16-partner-system", (await GiaLai.ListClientsAsync(new ListClientsRequest { PageSize = 1000 })).Clients.Select(c => c.ClientId));
        var langSon = registry.Admin(TestCallers.LangSonAdministrator);
        Assert.DoesNotContain("kh16-partner-system", (await langSon.ListClientsAsync(new ListClientsRequest { PageSize = 1000 })).Clients.Select(c => c.ClientId));
        await DeniedAsync("name", () => langSon.RotateClientSecretAsync(new RotateClientSecretRequest { Name = "clients/kh16-partner-system" }).ResponseAsync);
        await GiaLai.DisableClientAsync(new DisableClientRequest { Name = "clients/kh16-partner-system" });
    }

    [Fact]
    public async Task A_province_administrator_does_not_touch_an_appointed_administrator()
    {
        var client = await registry.CreateGiaLaiClientAsync("gl-admin-system", "registry.read", "registry.admin");
        await DeniedAsync("name", () => GiaLai.DisableClientAsync(new DisableClientRequest { Name = $"clients/{client}" }).ResponseAsync);
        var person = await registry.CreateGiaLaiPersonAsync("gl.appointed-admin", "reader", "administrator");
        await DeniedAsync("name", () => GiaLai.ResetPersonPasswordAsync(new ResetPersonPasswordRequest { Name = $"people/{person}" }).ResponseAsync);
        await registry.Admin(TestCallers.Operator).DisablePersonAsync(new DisablePersonRequest { Name = $"people/{person}" });
    }

    private static async Task DeniedAsync(string field, Func<Task> call)
    {
        var status = await RpcAssert.FailsAsync(StatusCode.PermissionDenied, call);
        Assert.StartsWith($"{field}: ", status.Message);
    }
}
