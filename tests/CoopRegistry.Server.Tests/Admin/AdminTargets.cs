using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;

namespace CoopRegistry.Server.Tests.Admin;

/// <summary>Gia Lai clients and people for the administration tests, made by the national operator.</summary>
public static class AdminTargets
{
    public static AdminService.AdminServiceClient Admin(this RegistryFixture registry, Caller caller) =>
        new(registry.ChannelWith(TestTokens.For(caller)));

    public static Client GiaLaiClient(string id, params string[] scopes) => new()
    {
        ClientId = id,
        DisplayName = $"Test system {id}",
        Agency = "agencies/vn30-so-cong-thuong",
        Province = "VN-30",
        Scopes = { scopes.Length == 0 ? ["registry.read"] : scopes },
    };

    public static Person GiaLaiPerson(string username, params string[] roles) => new()
    {
        Username = username,
        DisplayName = $"Cán bộ {username}",
        Agency = "agencies/vn30-so-cong-thuong",
        Province = "VN-30",
        Roles = { roles.Length == 0 ? ["reader"] : roles },
    };

    public static async Task<string> CreateGiaLaiClientAsync(this RegistryFixture registry, string id, params string[] scopes)
    {
        await registry.Admin(TestCallers.Operator).CreateClientAsync(new CreateClientRequest { Client = GiaLaiClient(id, scopes) });
        return id;
    }

    public static async Task<string> CreateGiaLaiPersonAsync(this RegistryFixture registry, string username, params string[] roles)
    {
        await registry.Admin(TestCallers.Operator).CreatePersonAsync(new CreatePersonRequest { Person = GiaLaiPerson(username, roles) });
        return username;
    }
}
