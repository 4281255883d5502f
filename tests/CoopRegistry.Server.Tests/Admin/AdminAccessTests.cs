using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;

namespace CoopRegistry.Server.Tests.Admin;

/// <summary>
/// Every AdminService method, for an administrator of the same province (Gia Lai), of another
/// province (Lạng Sơn), a caller without registry.admin, and the national operator, on Gia Lai's
/// clients and people. Each case makes its own targets, so the order of the cases does not matter.
/// </summary>
public class AdminAccessTests(IdentityStoreFixture registry) : IClassFixture<IdentityStoreFixture>
{
    public enum Who
    {
        SameProvince,
        OtherProvince,
        NonAdmin,
        Operator,
    }

    public static readonly TheoryData<string, Who> Cases = Matrix();

    private static int counter;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_method_serves_the_province_and_the_operator_and_refuses_the_rest(string method, Who who)
    {
        var admin = registry.Admin(CallerOf(who));
        var expected = who switch
        {
            Who.SameProvince or Who.Operator => StatusCode.OK,
            Who.OtherProvince when method.StartsWith("List", StringComparison.Ordinal) => StatusCode.OK,
            _ => StatusCode.PermissionDenied,
        };
        var n = Interlocked.Increment(ref counter);
        var client = await registry.CreateGiaLaiClientAsync($"gl-target-{n}");
        var person = await registry.CreateGiaLaiPersonAsync($"gl.target{n}");
        Func<Task> call = method switch
        {
            "ListClients" => async () => Listed(who, (await admin.ListClientsAsync(new ListClientsRequest { PageSize = 1000 })).Clients.Select(c => c.ClientId), client),
            "CreateClient" => async () => await admin.CreateClientAsync(new CreateClientRequest { Client = AdminTargets.GiaLaiClient($"gl-new-{n}") }),
            "DisableClient" => async () => await admin.DisableClientAsync(new DisableClientRequest { Name = $"clients/{client}" }),
            "EnableClient" => async () => await admin.EnableClientAsync(new EnableClientRequest { Name = $"clients/{client}" }),
            "RotateClientSecret" => async () => await admin.RotateClientSecretAsync(new RotateClientSecretRequest { Name = $"clients/{client}" }),
            "ListPeople" => async () => Listed(who, (await admin.ListPeopleAsync(new ListPeopleRequest { PageSize = 1000 })).People.Select(p => p.Username), person),
            "CreatePerson" => async () => await admin.CreatePersonAsync(new CreatePersonRequest { Person = AdminTargets.GiaLaiPerson($"gl.new{n}") }),
            "SetPersonRoles" => async () => await admin.SetPersonRolesAsync(new SetPersonRolesRequest { Name = $"people/{person}", Roles = { "reader", "reporter" } }),
            "DisablePerson" => async () => await admin.DisablePersonAsync(new DisablePersonRequest { Name = $"people/{person}" }),
            "EnablePerson" => async () => await admin.EnablePersonAsync(new EnablePersonRequest { Name = $"people/{person}" }),
            "ResetPersonPassword" => async () => await admin.ResetPersonPasswordAsync(new ResetPersonPasswordRequest { Name = $"people/{person}" }),
            "ResetPersonSecondFactor" => async () => await admin.ResetPersonSecondFactorAsync(new ResetPersonSecondFactorRequest { Name = $"people/{person}" }),
            "SetAgencyContacts" => async () => await admin.SetAgencyContactsAsync(new SetAgencyContactsRequest
            {
                Agency = "agencies/vn30-so-cong-thuong",
                ContactEmails = { $"vanthu{n}@socongthuong.example.gov.vn" },
            }),
            _ => throw new ArgumentException($"no case for {method}: add one"),
        };
        if (expected == StatusCode.OK)
            await call();
        else
            await RpcAssert.FailsAsync(expected, call);
    }

    [Fact]
    public void The_matrix_covers_every_AdminService_method()
    {
        var methods = AdminService.Descriptor.Methods.Select(m => m.Name).Order();
        Assert.Equal(methods, Cases.Select(c => (string)c[0]).Distinct().Order());
    }

    // Lists are not refused to another province's administrator: they just do not show Gia Lai's.
    private static void Listed(Who who, IEnumerable<string> listed, string target)
    {
        if (who == Who.OtherProvince)
            Assert.DoesNotContain(target, listed);
        else
            Assert.Contains(target, listed);
    }

    private static Caller CallerOf(Who who) => who switch
    {
        Who.SameProvince => TestCallers.GiaLaiAdministrator,
        Who.OtherProvince => TestCallers.LangSonAdministrator,
        Who.NonAdmin => TestCallers.PersonOfForeignAffairs,
        _ => TestCallers.Operator,
    };

    private static TheoryData<string, Who> Matrix()
    {
        var data = new TheoryData<string, Who>();
        foreach (var method in AdminService.Descriptor.Methods.Select(m => m.Name))
        {
            foreach (var who in Enum.GetValues<Who>())
                data.Add(method, who);
        }
        return data;
    }
}
