using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using CoopRegistry.Server.Access;
using Google.Protobuf.Reflection;

namespace CoopRegistry.Server.Tests;

/// <summary>
/// The access matrix, generated: every method of every registry service × every role. The
/// expectation comes from the role × action table below (the rules of issue 3) and the method's
/// action from <see cref="MethodAccess"/>; a method without a rule fails the first test.
/// </summary>
public class AccessMatrixTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    /// <summary>Which actions each role may perform: the specification, written once.</summary>
    private static readonly Dictionary<string, AccessAction[]> Allowed = new()
    {
        ["manage"] = [AccessAction.ReadReference, AccessAction.Read, AccessAction.Report, AccessAction.Manage, AccessAction.Oversee],
        ["report"] = [AccessAction.ReadReference, AccessAction.Read, AccessAction.Report],
        ["audit"] = [AccessAction.ReadReference, AccessAction.Read, AccessAction.Audit, AccessAction.Oversee],
        ["partner"] = [AccessAction.ReadReference, AccessAction.Read, AccessAction.Report],
        ["admin"] = [AccessAction.ReadReference, AccessAction.Admin],
        ["none"] = [],
    };

    /// <summary>Every service of package coopregistry.v1 in the contract assembly, found by reflection.</summary>
    private static readonly IReadOnlyList<ServiceDescriptor> RegistryServices = typeof(DirectoryService).Assembly.GetTypes()
        .Select(type => type.GetProperty("Descriptor", typeof(FileDescriptor))?.GetValue(null) as FileDescriptor)
        .Where(file => file?.Package == "coopregistry.v1")
        .SelectMany(file => file!.Services)
        .ToList();

    private static IEnumerable<string> MethodPaths() => RegistryServices.SelectMany(s => s.Methods).Select(m => $"/{m.Service.FullName}/{m.Name}");

    public static TheoryData<string> Methods() => [.. MethodPaths()];

    public static TheoryData<string, string> RolesByMethod()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in MethodPaths())
            foreach (var role in Allowed.Keys)
                data.Add(role, method);
        return data;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_registry_method_has_an_access_rule(string method) =>
        Assert.True(MethodAccess.Rules.ContainsKey(method), $"{method} has no rule in MethodAccess");

    [Fact]
    public void The_policy_matches_the_role_table()
    {
        foreach (var (role, allowed) in Allowed)
            foreach (var action in Enum.GetValues<AccessAction>())
                Assert.True(AccessPolicy.Allows(TestCallers.ByRole[role], action) == allowed.Contains(action), $"{role} × {action}");
    }

    [Theory]
    [MemberData(nameof(RolesByMethod))]
    public async Task Each_role_gets_what_the_table_says(string role, string method)
    {
        var status = await CallWithEmptyRequest(method, TestTokens.For(TestCallers.ByRole[role]));
        if (Allowed[role].Contains(MethodAccess.Rules[method]))
            Assert.DoesNotContain(status, new[] { StatusCode.PermissionDenied, StatusCode.Unauthenticated });
        else
            Assert.Equal(StatusCode.PermissionDenied, status);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Every_method_refuses_a_call_without_a_token(string method) =>
        Assert.Equal(StatusCode.Unauthenticated, await CallWithEmptyRequest(method, token: null));

    /// <summary>Calls any method with an empty message (raw bytes), returning the status it ends with.</summary>
    private async Task<StatusCode> CallWithEmptyRequest(string path, string? token)
    {
        var parts = path.Split('/');
        var descriptor = RegistryServices.Single(s => s.FullName == parts[1]).FindMethodByName(parts[2]);
        var bytes = Marshallers.Create(b => b, b => b);
        var type = (descriptor.IsClientStreaming, descriptor.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var method = new Method<byte[], byte[]>(type, parts[1], parts[2], bytes, bytes);
        using var channel = registry.ChannelWith(token);
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(), []);
                    break;
                case MethodType.ServerStreaming:
                    // The first message (or the end) settles access; a watch (WatchChanges) never ends by itself.
                    using (var call = channel.CreateCallInvoker().AsyncServerStreamingCall(method, null, new CallOptions(), []))
                        await call.ResponseStream.MoveNext(CancellationToken.None);
                    break;
                case MethodType.ClientStreaming:
                    using (var call = channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, new CallOptions()))
                    {
                        await ClientStreams.SendAsync(call, [Array.Empty<byte>()]); // one empty message
                        await call.ResponseAsync;
                    }
                    break;
                default:
                    throw new NotSupportedException($"add duplex calls to the matrix for {path}");
            }
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
