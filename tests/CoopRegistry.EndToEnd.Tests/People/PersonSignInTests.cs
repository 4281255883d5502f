using CoopRegistry.Contracts.V1;
using CoopRegistry.Testing.People;
using Google.Rpc;
using Grpc.Core;

namespace CoopRegistry.EndToEnd.Tests.People;

/// <summary>
/// People against the real token service and registry processes: one signs in by authorization
/// code + PKCE or by the device flow and changes a record, an auditor signs in by the device flow
/// and finds that person (and the client they came through) in the audit entry of the change, and
/// the chain verifies. Revocation ends a person's tokens.
/// </summary>
public class PersonSignInTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Theory]
    [InlineData(PersonFlows.Console)]
    [InlineData(PersonFlows.Cli)]
    public async Task A_persons_change_is_audited_under_their_name_and_the_chain_verifies(string through)
    {
        var an = DevPeople.Named("nguyen.van.an");
        using var browser = Browser.At(stack.TokenUrl);
        using var device = Browser.At(stack.TokenUrl);
        var tokens = through == PersonFlows.Console
            ? await PersonFlows.AuthorizationCodeAsync(browser, an.Username, an.Password, "registry.read registry.manage")
            : await PersonFlows.DeviceAsync(device, browser, an.Username, an.Password, "registry.read registry.manage");
        using var channel = stack.Channel(tokens.GetProperty("access_token").GetString());
        var directive = (await new DirectiveService.DirectiveServiceClient(channel).CreateDirectiveAsync(new CreateDirectiveRequest
        {
            Directive = Directive(),
            RequestId = Guid.NewGuid().ToString(),
        })).Directive;

        var dung = DevPeople.Named("le.thi.dung");
        using var terminal = Browser.At(stack.TokenUrl);
        using var auditorBrowser = Browser.At(stack.TokenUrl);
        var auditorTokens = await PersonFlows.DeviceAsync(terminal, auditorBrowser, dung.Username, dung.Password, "registry.read registry.audit");
        using var auditorChannel = stack.Channel(auditorTokens.GetProperty("access_token").GetString());
        var audit = new AuditService.AuditServiceClient(auditorChannel);
        var history = await audit.GetRecordHistoryAsync(new GetRecordHistoryRequest { Name = directive.Name });
        var created = Assert.Single(history.Entries, e => e.Change == AuditLogEntry.Types.Change.Created);
        Assert.Equal((an.Username, through, an.Agency), (created.Person, created.Client, created.Agency));
        var verified = await audit.VerifyAuditChainAsync(new VerifyAuditChainRequest());
        Assert.True(verified.Ok, verified.FirstBreak?.ToString());
    }

    [Fact]
    public async Task A_disabled_persons_token_is_refused_within_seconds_and_stays_refused_when_enabled_again()
    {
        var binh = DevPeople.Named("tran.thi.binh");
        using var terminal = Browser.At(stack.TokenUrl);
        using var browser = Browser.At(stack.TokenUrl);
        var tokens = await PersonFlows.DeviceAsync(terminal, browser, binh.Username, binh.Password, "registry.read offline_access");
        using var channel = stack.Channel(tokens.GetProperty("access_token").GetString());
        var directory = new DirectoryService.DirectoryServiceClient(channel);
        await directory.ListProvincesAsync(new ListProvincesRequest());

        var giang = DevPeople.Named("vo.thi.giang");
        using var operatorBrowser = Browser.At(stack.TokenUrl);
        var operatorTokens = await PersonFlows.AuthorizationCodeAsync(operatorBrowser, giang.Username, giang.Password, "registry.read registry.admin");
        using var operatorChannel = stack.Channel(operatorTokens.GetProperty("access_token").GetString());
        var admin = new AdminService.AdminServiceClient(operatorChannel);
        await admin.DisablePersonAsync(new DisablePersonRequest { Name = $"people/{binh.Username}" });
        Assert.Equal("PERSON_DISABLED", await RefusedWithinAsync(directory, TimeSpan.FromSeconds(10)));
        var refreshed = await PersonFlows.RefreshAsync(terminal, PersonFlows.Cli, tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal("invalid_grant", refreshed.GetProperty("error").GetString());

        await admin.EnablePersonAsync(new EnablePersonRequest { Name = $"people/{binh.Username}" });
        Assert.Equal("TOKEN_REVOKED", await RefusedWithinAsync(directory, TimeSpan.FromSeconds(10), "PERSON_DISABLED"));
        // Signing in again gives a token that works.
        using var again = Browser.At(stack.TokenUrl);
        var fresh = await PersonFlows.AuthorizationCodeAsync(again, binh.Username, binh.Password, "registry.read");
        using var freshChannel = stack.Channel(fresh.GetProperty("access_token").GetString());
        await new DirectoryService.DirectoryServiceClient(freshChannel).ListProvincesAsync(new ListProvincesRequest());
    }

    /// <summary>The reason of the first refusal that is not <paramref name="skip"/> (a refusal the registry may still give until it refreshes).</summary>
    private static async Task<string> RefusedWithinAsync(DirectoryService.DirectoryServiceClient directory, TimeSpan limit, string? skip = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                await directory.ListProvincesAsync(new ListProvincesRequest());
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unauthenticated)
            {
                var reason = e.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason ?? "";
                if (reason != skip)
                    return reason;
            }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"still served {limit} after the change");
    }

    private static Directive Directive() => new()
    {
        Kind = DirectiveKind.Decision,
        IssueDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 2 },
        Issuer = "agencies/vn30-ubnd",
        Subject = $"Quyết định thử nghiệm đăng nhập cá nhân {Guid.NewGuid():N}",
        Sources = { new SourceReference { Document = "test", Section = "people" } },
    };
}
