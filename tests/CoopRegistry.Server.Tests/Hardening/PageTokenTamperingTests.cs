using CoopRegistry.Domain.Listing;
using Google.Protobuf;
using Google.Rpc;

namespace CoopRegistry.Server.Tests.Hardening;

/// <summary>
/// Issue 20: page tokens are sealed for one client (Data Protection). Every List method of the
/// contract, for each role that may list: a token the registry issued pages on; the same token with
/// a byte changed, a token another client was given, and a token forged from the listing engine's
/// own format (its keys and a made-up total_size) are INVALID_ARGUMENT on page_token.
/// </summary>
public class PageTokenTamperingTests(HardeningRegistry registry) : IClassFixture<HardeningRegistry>
{
    /// <summary>List methods that list without a parent (the parent-scoped ones share the interceptor).</summary>
    public static TheoryData<string, string> ListMethodsByRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in ContractMethods.All.Where(m => m.Name.StartsWith("List", StringComparison.Ordinal)
            && m.InputType.FindFieldByName("page_token") is not null && m.InputType.FindFieldByName("parent") is null
            && Domain.Access.AccessPolicy.Allows(TestCallers.ForeignAffairs, Access.MethodAccess.Rules[ContractMethods.Path(m)])))
            foreach (var role in new[] { "manage", "partner" })
                if (Domain.Access.AccessPolicy.Allows(TestCallers.ByRole[role], Access.MethodAccess.Rules[ContractMethods.Path(method)]))
                    data.Add(ContractMethods.Path(method), role);
        return data;
    }

    [Theory]
    [MemberData(nameof(ListMethodsByRole))]
    public async Task A_tampered_forged_or_borrowed_page_token_is_refused(string path, string role)
    {
        var method = ContractMethods.Find(path);
        var caller = TestCallers.ByRole[role];
        using var channel = registry.ChannelFor(caller);
        var forged = PageToken.Encode(PageToken.Fingerprint(null, null), ["zzzz"], total: 123456);
        foreach (var token in new[] { forged, "garbage" })
            await AssertRefused(channel, method, token);

        var issued = await IssuedTokenAsync(channel, method);
        if (issued is null)
            return; // fewer than two rows to list: nothing issued to tamper with (a forged token was still refused above)
        var (status, _, _) = await ContractMethods.CallAsync(channel, method, WithToken(method, issued));
        Assert.Equal(StatusCode.OK, status);
        await AssertRefused(channel, method, Tampered(issued));
        using var other = registry.ChannelFor(TestCallers.Auditor);
        await AssertRefused(other, method, issued);
    }

    private async Task<string?> IssuedTokenAsync(Grpc.Net.Client.GrpcChannel channel, Google.Protobuf.Reflection.MethodDescriptor method)
    {
        var (status, responses, error) = await ContractMethods.CallAsync(channel, method, WithToken(method, ""));
        Assert.True(status == StatusCode.OK, $"{method.FullName}: {error}");
        var answer = method.OutputType.Parser.ParseFrom(responses[0]);
        var next = (string)method.OutputType.FindFieldByName("next_page_token").Accessor.GetValue(answer);
        return next.Length == 0 ? null : next;
    }

    private static IMessage WithToken(Google.Protobuf.Reflection.MethodDescriptor method, string token)
    {
        var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
        method.InputType.FindFieldByName("page_size").Accessor.SetValue(request, 1);
        method.InputType.FindFieldByName("page_token").Accessor.SetValue(request, token);
        // ListUpcomingDeadlines asks how far ahead.
        method.InputType.FindFieldByName("within_days")?.Accessor.SetValue(request, 366);
        return request;
    }

    private static async Task AssertRefused(Grpc.Net.Client.GrpcChannel channel, Google.Protobuf.Reflection.MethodDescriptor method, string token)
    {
        var (status, _, error) = await ContractMethods.CallAsync(channel, method, WithToken(method, token));
        Assert.True(status == StatusCode.InvalidArgument, $"{method.FullName} with {token}: {status}");
        var badRequest = error!.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.Contains(badRequest!.FieldViolations, v => v.Field == "page_token");
    }

    /// <summary>One character in the middle changed, still valid base64url.</summary>
    private static string Tampered(string token)
    {
        var middle = token.Length / 2;
        return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
    }
}
