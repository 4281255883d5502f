using System.Text.Json;
using CoopRegistry.EndToEnd.Tests.People;
using CoopRegistry.Testing.People;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>`coop login` as a person (device flow), `coop whoami`, then `coop logout`: the profile keeps a refresh token, never a secret.</summary>
public class CliLoginTests(StackFixture stack) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_person_logs_in_with_a_code_calls_the_registry_and_logs_out()
    {
        var binh = DevPeople.Named("tran.thi.binh");
        using var cli = new CoopCli(stack);
        using var login = cli.Start("login");
        // "To sign in, open {uri} and enter the code {code} …" on standard error.
        var prompt = await ReadLineWithAsync(login.StandardError, "enter the code ");
        var code = prompt.Split("enter the code ")[1].Split(' ')[0];
        Assert.Contains($"{stack.TokenUrl}/connect/verify", prompt);
        using (var browser = Browser.At(stack.TokenUrl))
            await PersonFlows.ApproveDeviceAsync(browser, code, binh.Username, binh.Password);
        await login.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var said = await login.StandardOutput.ReadToEndAsync();
        Assert.True(login.ExitCode == 0, said + await login.StandardError.ReadToEndAsync());
        Assert.Contains($"{binh.Username} ({binh.DisplayName}) through coop-cli", said);

        var profiles = await File.ReadAllTextAsync(cli.ProfilesPath);
        Assert.Contains("\"refresh_token\"", profiles);
        Assert.Contains("\"client_secret\": null", profiles);
        Assert.DoesNotContain(binh.Password, profiles);

        var whoami = await cli.RunAsync("whoami", "--output", "json");
        Assert.Equal(0, whoami.ExitCode);
        var me = CoopCli.Json(whoami);
        Assert.Equal((binh.Username, "coop-cli", binh.Agency), (me.GetProperty("person").GetString(), me.GetProperty("clientId").GetString(), me.GetProperty("agency").GetString()));
        // A registry call through the refreshed token works too.
        Assert.Equal(0, (await cli.RunAsync("directives", "list")).ExitCode);

        // Logout revokes the refresh token at the token service: a copy of the profile taken before gets nothing.
        var refreshToken = JsonDocument.Parse(await File.ReadAllTextAsync(cli.ProfilesPath)).RootElement
            .GetProperty("default").GetProperty("refresh_token").GetString()!;
        var logout = await cli.RunAsync("logout");
        Assert.Equal(0, logout.ExitCode);
        Assert.DoesNotContain("did not revoke", logout.Stderr);
        Assert.DoesNotContain("refresh_token\": \"", await File.ReadAllTextAsync(cli.ProfilesPath));
        using var copy = Browser.At(stack.TokenUrl);
        var refused = await PersonFlows.RefreshAsync(copy, PersonFlows.Cli, refreshToken);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
    }

    private static async Task<string> ReadLineWithAsync(StreamReader reader, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
                return line;
        }
        throw new Xunit.Sdk.XunitException($"the CLI ended without printing '{marker}'");
    }
}
