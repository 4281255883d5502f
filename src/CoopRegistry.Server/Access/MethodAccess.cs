using CoopRegistry.Domain.Access;
using AdminService = CoopRegistry.Contracts.V1.AdminService;
using DirectoryService = CoopRegistry.Contracts.V1.DirectoryService;

namespace CoopRegistry.Server.Access;

/// <summary>
/// The access table: every registry method and the action it performs. A method missing here is
/// refused (and a test fails), so a new method cannot be served without a rule.
/// </summary>
public static class MethodAccess
{
    /// <summary>Services open without a token: the standard health and reflection services.</summary>
    public static readonly IReadOnlyList<string> OpenServicePrefixes = ["/grpc.health.v1.Health/", "/grpc.reflection."];

    public static readonly IReadOnlyDictionary<string, AccessAction> Rules = new Dictionary<string, AccessAction>
    {
        [Method(DirectoryService.Descriptor, "ListProvinces")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "GetProvince")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "ListAgencies")] = AccessAction.ReadReference,
        [Method(DirectoryService.Descriptor, "GetAgency")] = AccessAction.ReadReference,
        [Method(AdminService.Descriptor, "ListClients")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "CreateClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "DisableClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "EnableClient")] = AccessAction.Admin,
        [Method(AdminService.Descriptor, "RotateClientSecret")] = AccessAction.Admin,
    };

    public static bool IsOpen(string method) => OpenServicePrefixes.Any(prefix => method.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The gRPC path of a method, <c>/package.Service/Method</c>; throws if the method does not exist.</summary>
    public static string Method(Google.Protobuf.Reflection.ServiceDescriptor service, string name) =>
        $"/{service.FullName}/{(service.FindMethodByName(name) ?? throw new ArgumentException($"{service.FullName} has no method {name}")).Name}";
}
