using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Clients.Tests;

public class OptionsTests
{
    private static CoopRegistryClientOptions Valid(string address = "http://127.0.0.1:5080") => new()
    {
        Address = new Uri(address),
        TokenEndpoint = new Uri("http://127.0.0.1:5081/connect/token"),
        ClientId = "c",
        ClientSecret = "s",
    };

    [Fact]
    public void Cleartext_is_allowed_on_loopback_only()
    {
        Valid().Validate();
        Valid("http://[::1]:5080").Validate();
        Valid("https://registry.example").Validate();
        var error = Assert.Throws<InvalidOperationException>(() => Valid("http://registry.example:5080").Validate());
        Assert.StartsWith("Address", error.Message);
    }

    [Fact]
    public void Every_service_resolves_as_a_typed_client()
    {
        var services = new ServiceCollection().AddCoopRegistryClient(o =>
        {
            var v = Valid();
            (o.Address, o.TokenEndpoint, o.ClientId, o.ClientSecret) = (v.Address, v.TokenEndpoint, v.ClientId, v.ClientSecret);
        }).BuildServiceProvider();
        Assert.NotNull(services.GetRequiredService<AgreementService.AgreementServiceClient>());
        Assert.NotNull(services.GetRequiredService<DirectoryService.DirectoryServiceClient>());
        Assert.NotNull(services.GetRequiredService<PlanService.PlanServiceClient>());
        Assert.NotNull(services.GetRequiredService<EventService.EventServiceClient>());
        Assert.NotNull(services.GetRequiredService<DirectiveService.DirectiveServiceClient>());
        Assert.NotNull(services.GetRequiredService<CommitmentService.CommitmentServiceClient>());
        Assert.NotNull(services.GetRequiredService<FulfilmentService.FulfilmentServiceClient>());
        Assert.NotNull(services.GetRequiredService<AdminService.AdminServiceClient>());
    }

    [Fact]
    public void A_missing_secret_is_named_when_a_client_is_made()
    {
        var services = new ServiceCollection().AddCoopRegistryClient(o =>
        {
            o.Address = new Uri("http://127.0.0.1:5080");
            o.TokenEndpoint = new Uri("http://127.0.0.1:5081/connect/token");
            o.ClientId = "c";
        }).BuildServiceProvider();
        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<AgreementService.AgreementServiceClient>());
        Assert.Contains("ClientSecret", error.ToString());
    }
}
