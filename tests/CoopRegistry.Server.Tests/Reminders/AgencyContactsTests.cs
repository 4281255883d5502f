using CoopRegistry.Contracts.V1;
using CoopRegistry.Server.Reminders;
using CoopRegistry.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Server.Tests.Reminders;

/// <summary>Agencies' contact addresses: set by administrators only, checked, shown by the directory; development addresses fill only empty ones.</summary>
public class AgencyContactsTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private AdminService.AdminServiceClient Admin(Domain.Access.Caller caller) => new(registry.ChannelWith(TestTokens.For(caller)));

    private Task<GetAgencyResponse> GetAsync(string id) =>
        new DirectoryService.DirectoryServiceClient(registry.Channel).GetAgencyAsync(new GetAgencyRequest { Name = $"agencies/{id}" }).ResponseAsync;

    [Fact]
    public async Task An_administrator_sets_an_agencys_addresses_and_the_directory_shows_them()
    {
        var set = await Admin(TestCallers.Administrator).SetAgencyContactsAsync(new SetAgencyContactsRequest
        {
            Agency = "agencies/vn30-so-y-te",
            ContactEmails = { "vanthu@soyte.example.invalid", "ytqt@soyte.example.invalid" },
        });
        Assert.Equal(["vanthu@soyte.example.invalid", "ytqt@soyte.example.invalid"], set.Agency.ContactEmails);
        Assert.Equal(set.Agency.ContactEmails, (await GetAsync("vn30-so-y-te")).Agency.ContactEmails);
        await Admin(TestCallers.Administrator).SetAgencyContactsAsync(new SetAgencyContactsRequest { Agency = "agencies/vn30-so-y-te" });
        Assert.Empty((await GetAsync("vn30-so-y-te")).Agency.ContactEmails);
    }

    [Fact]
    public async Task Bad_addresses_and_unknown_agencies_are_refused_and_only_administrators_may_set()
    {
        var admin = Admin(TestCallers.Administrator);
        await RpcAssert.InvalidFieldAsync("contact_emails[1]", () => admin.SetAgencyContactsAsync(new SetAgencyContactsRequest
        {
            Agency = "agencies/vn30-so-y-te",
            ContactEmails = { "ok@soyte.example.invalid", "Sở Y tế <ytqt@soyte.example.invalid>" },
        }).ResponseAsync);
        await RpcAssert.InvalidFieldAsync("contact_emails", () => admin.SetAgencyContactsAsync(new SetAgencyContactsRequest
        {
            Agency = "agencies/vn30-so-y-te",
            ContactEmails = { "a@soyte.example.invalid", "A@soyte.example.invalid" },
        }).ResponseAsync);
        await RpcAssert.InvalidFieldAsync("agency", () => admin.SetAgencyContactsAsync(new SetAgencyContactsRequest { Agency = "vn30-so-y-te" }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => admin.SetAgencyContactsAsync(new SetAgencyContactsRequest { Agency = "agencies/khong-co" }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => Admin(TestCallers.ForeignAffairs).SetAgencyContactsAsync(
            new SetAgencyContactsRequest { Agency = "agencies/vn30-so-y-te", ContactEmails = { "x@soyte.example.invalid" } }).ResponseAsync);
    }

    [Fact]
    public async Task Development_addresses_fill_only_agencies_without_any()
    {
        await Admin(TestCallers.Administrator).SetAgencyContactsAsync(new SetAgencyContactsRequest
        {
            Agency = "agencies/vn30-so-tu-phap",
            ContactEmails = { "dat-boi-quan-tri@sotuphap.example.invalid" },
        });
        await using (var scope = registry.Factory.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<DevContacts>().LoadAsync(RepositoryPaths.Seeds, CancellationToken.None) > 0);
        Assert.Equal(["songoaivu@gialai.example.invalid"], (await GetAsync("vn30-so-ngoai-vu")).Agency.ContactEmails);
        Assert.Equal(["dat-boi-quan-tri@sotuphap.example.invalid"], (await GetAsync("vn30-so-tu-phap")).Agency.ContactEmails);
        Assert.All((await GetAsync("vn09-so-ngoai-vu")).Agency.ContactEmails, e => Assert.EndsWith(".example.invalid", e, StringComparison.Ordinal));
    }
}
