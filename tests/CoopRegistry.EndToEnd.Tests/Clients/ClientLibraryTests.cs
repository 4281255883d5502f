using CoopRegistry.Clients;
using CoopRegistry.Contracts.V1;
using CoopRegistry.EndToEnd.Tests.Auth;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>CoopRegistry.Clients as a partner system configures it, against the running stack.</summary>
public sealed class ClientLibraryTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private ServiceProvider Services(TokenRequests.DevClient client) => new ServiceCollection()
        .AddCoopRegistryClient(o =>
        {
            o.Address = new Uri(stack.GrpcUrl);
            o.TokenEndpoint = new Uri($"{stack.TokenUrl}/connect/token");
            o.ClientId = client.ClientId;
            o.ClientSecret = client.ClientSecret;
            // A freshly started stack on a busy machine answers its first calls slowly.
            o.DefaultDeadline = TimeSpan.FromMinutes(2);
        })
        .BuildServiceProvider();

    [Fact]
    public async Task A_partner_system_lists_the_agreements_its_province_is_party_to()
    {
        await using var services = Services(TokenRequests.DevClients.First(c => c.Province == "KH-16"));
        var agreements = services.GetRequiredService<AgreementService.AgreementServiceClient>();
        var page = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "partner_province = \"provinces/KH-16\"" });
        Assert.NotEmpty(page.Agreements);
        var all = await agreements.ListAgreementsAsync(new ListAgreementsRequest { PageSize = 1000 });
        Assert.Equal(page.TotalSize, all.TotalSize);
    }

    [Fact]
    public async Task Every_typed_client_shares_one_token_and_reads()
    {
        await using var services = Services(TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu"));
        var tokens = services.GetRequiredService<AccessTokenCache>();
        var token = await tokens.GetAsync();
        await services.GetRequiredService<DirectoryService.DirectoryServiceClient>().ListProvincesAsync(new ListProvincesRequest());
        await services.GetRequiredService<PlanService.PlanServiceClient>().ListPlansAsync(new ListPlansRequest());
        await services.GetRequiredService<EventService.EventServiceClient>().ListEventsAsync(new ListEventsRequest());
        await services.GetRequiredService<DirectiveService.DirectiveServiceClient>().ListDirectivesAsync(new ListDirectivesRequest());
        Assert.Equal(token, await tokens.GetAsync());
    }

    [Fact]
    public async Task A_create_sent_twice_with_the_filled_request_id_makes_one_record()
    {
        await using var services = Services(TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu"));
        var agreements = services.GetRequiredService<AgreementService.AgreementServiceClient>();
        // What a retry does: the same message, request_id filled once, sent again.
        var request = RequestIds.WithRequestId(new CreateAgreementRequest
        {
            Agreement = new Agreement
            {
                Kind = AgreementKind.MemorandumOfUnderstanding,
                Title = "Thỏa thuận gửi lại",
                Level = CooperationLevel.Department,
                Confidentiality = Confidentiality.Public,
                Parties =
                {
                    new Party { Province = "provinces/VN-30", Role = PartyRole.Signatory },
                    new Party { Province = "provinces/KH-16", Role = PartyRole.Signatory },
                },
                Fields = { CooperationField.Trade },
                Sources = { new SourceReference { Document = "client test", Section = "1" } },
            },
        });
        var first = await agreements.CreateAgreementAsync(request);
        var second = await agreements.CreateAgreementAsync(request);
        Assert.Equal(first.Agreement.Name, second.Agreement.Name);
        var found = await agreements.ListAgreementsAsync(new ListAgreementsRequest { Filter = "\"Thỏa thuận gửi lại\"" });
        Assert.Equal(1, found.TotalSize);
    }

    [Fact]
    public async Task A_wrong_secret_fails_the_call_with_the_token_services_reason()
    {
        var client = TokenRequests.DevClients[0] with { ClientSecret = "wrong" };
        await using var services = Services(client);
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await services.GetRequiredService<DirectoryService.DirectoryServiceClient>().ListProvincesAsync(new ListProvincesRequest()));
        Assert.Equal("invalid_client", Assert.IsType<AccessTokenException>(error.Status.DebugException).Error);
    }

    [Fact]
    public async Task Pages_reads_every_province_page_after_page_in_the_registrys_order()
    {
        await using var services = Services(TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu"));
        var directory = services.GetRequiredService<DirectoryService.DirectoryServiceClient>();
        var pagesAsked = 0;
        var read = await Pages.ReadAllAsync(new ListProvincesRequest { PageSize = 7 }, (request, ct) =>
        {
            pagesAsked++;
            return directory.ListProvincesAsync(request, cancellationToken: ct).ResponseAsync;
        }, page => page.Provinces).Select(p => p.Name).ToListAsync();

        var all = await directory.ListProvincesAsync(new ListProvincesRequest { PageSize = 1000 });
        Assert.Equal(all.Provinces.Select(p => p.Name), read);
        Assert.Equal((all.Provinces.Count + 6) / 7, pagesAsked);
        Assert.True(pagesAsked > 1, "the directory fits one page of 7: the test would not page");
    }
}
