using CoopRegistry.EndToEnd.Tests.Auth;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>
/// clients/typescript against the running stack: its own node tests (which skip without a server) and the example.
/// `./coop test` builds it first (npm ci, buf generate, tsc); without that build these tests fail, saying so.
/// </summary>
public sealed class TypeScriptClientTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private static readonly string Package = Path.Combine(Testing.RepositoryPaths.Root, "clients", "typescript");

    private Dictionary<string, string> Environment(TokenRequests.DevClient client) => new()
    {
        ["COOP_GRPC_URL"] = stack.GrpcUrl,
        ["COOP_TOKEN_URL"] = stack.TokenUrl,
        ["COOP_CLIENT_ID"] = client.ClientId,
        ["COOP_CLIENT_SECRET"] = client.ClientSecret,
        // A freshly started stack on a busy machine answers its first calls slowly.
        ["COOP_TIMEOUT_MS"] = "120000",
    };

    private static string Built(string relative)
    {
        var path = Path.Combine(Package, "dist", relative);
        return File.Exists(path) ? path : throw new FileNotFoundException("build clients/typescript first: `npm ci && npm run build` there (./coop test does)", path);
    }

    [Fact]
    public async Task Its_own_tests_pass_against_the_real_server_none_skipped()
    {
        var run = await Run.ProgramAsync("node", ["--test", Built("test/registry.test.js")], Environment(TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu")), Package);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("# pass 4", run.Stdout);
        Assert.Contains("# skipped 0", run.Stdout);
    }

    [Fact]
    public async Task The_example_lists_the_agreements_a_partner_province_is_party_to()
    {
        var partner = TokenRequests.DevClients.First(c => c.Province == "KH-16");
        var run = await Run.ProgramAsync("node", [Built("examples/list-agreements.js")], Environment(partner), Package);
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("agreements/", l));
        Assert.Contains(lines, l => l.StartsWith("agreements/vn30-kh16-", StringComparison.Ordinal));
    }
}
