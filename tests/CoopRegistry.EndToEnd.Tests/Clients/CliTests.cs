using CoopRegistry.EndToEnd.Tests.Auth;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>The built `coop` CLI against the running registry and token service, as a person or a script uses it.</summary>
public sealed partial class CliTests(StackFixture stack) : IClassFixture<StackFixture>, IDisposable
{
    private readonly CoopCli cli = new(stack);
    private static readonly TokenRequests.DevClient Manager = TokenRequests.DevClients.First(c => c.ClientId == "vn30-so-ngoai-vu");

    private const string Parties = """[{"province":"provinces/VN-30","role":"PARTY_ROLE_SIGNATORY"},{"province":"provinces/KH-16","role":"PARTY_ROLE_SIGNATORY"}]""";
    private const string Sources = """[{"document":"import-test.csv","section":"row"}]""";

    private async Task LoginAsync()
    {
        var login = await cli.RunWithAsync(null, Manager.ClientSecret + "\n", "login", "--client-id", Manager.ClientId);
        Assert.True(login.ExitCode == 0, login.ToString());
    }

    [Fact]
    public async Task Login_checks_the_secret_saves_the_profile_mode_600_and_never_prints_the_secret()
    {
        var login = await cli.RunWithAsync(new Dictionary<string, string> { ["COOP_CLIENT_SECRET"] = Manager.ClientSecret }, null,
            "login", "--client-id", Manager.ClientId, "--profile", "dofa", "--output", "json");
        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.DoesNotContain(Manager.ClientSecret, login.Stdout + login.Stderr);
        Assert.Equal("agencies/vn30-so-ngoai-vu", CoopCli.Json(login).GetProperty("agency").GetString());
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.ProfilesPath));

        var profiles = await cli.RunAsync("profiles");
        Assert.Contains("dofa", profiles.Stdout);
        Assert.DoesNotContain(Manager.ClientSecret, profiles.Stdout);

        var wrong = await cli.RunWithAsync(null, "not-the-secret\n", "login", "--client-id", Manager.ClientId, "--profile", "wrong");
        Assert.Equal(4, wrong.ExitCode);
        Assert.Contains("invalid_client", wrong.Stderr);
        Assert.DoesNotContain("wrong", File.ReadAllText(cli.ProfilesPath));
    }

    [Fact]
    public async Task Create_from_a_file_with_flags_then_show_update_and_list_as_json()
    {
        await LoginAsync();
        var file = Path.Combine(cli.Folder, "agreement.json");
        File.WriteAllText(file, $$"""
            {"kind": "AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING", "summary": "Hợp tác thương mại",
             "level": "COOPERATION_LEVEL_DEPARTMENT", "fields": ["COOPERATION_FIELD_TRADE"], "confidentiality": "CONFIDENTIALITY_PUBLIC",
             "parties": {{Parties}}, "sources": {{Sources}}}
            """);
        var created = await cli.RunAsync("agreements", "create", "--file", file, "--title", "Biên bản ghi nhớ CLI", "--id", "vn-30-cli-made", "-o", "json");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal("agreements/vn-30-cli-made", CoopCli.Json(created).GetProperty("name").GetString());

        var shown = await cli.RunAsync("agreements", "show", "vn-30-cli-made");
        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("Biên bản ghi nhớ CLI", shown.Stdout);

        var updated = await cli.RunAsync("agreements", "update", "agreements/vn-30-cli-made", "--set", "summary=Đổi tóm tắt", "-o", "json");
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Equal("Đổi tóm tắt", CoopCli.Json(updated).GetProperty("summary").GetString());

        var listed = await cli.RunAsync("agreements", "list", "--filter", "\"ghi nhớ CLI\"", "--output", "json");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var names = CoopCli.Json(listed).GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["agreements/vn-30-cli-made"], names);

        var table = await cli.RunAsync("agreements", "list", "--all");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("vn-30-cli-made", table.Stdout);
    }

    [Fact]
    public async Task Import_reports_created_and_refused_rows_by_line_and_field_and_a_rerun_creates_nothing_twice()
    {
        await LoginAsync();
        string Row(string id, string title, string kind) =>
            $"{id},{title},{kind},DEPARTMENT,TRADE,PUBLIC,\"{Parties.Replace("\"", "\"\"")}\",\"{Sources.Replace("\"", "\"\"")}\"";
        var csv = Path.Combine(cli.Folder, "agreements.csv");
        File.WriteAllLines(csv,
        [
            "id,title,kind,level,fields,confidentiality,parties,sources",
            Row("vn-30-import-one", "Thỏa thuận một", "MEMORANDUM_OF_UNDERSTANDING"),
            Row("vn-30-import-two", "Thỏa thuận hai", "TREATY"),                       // line 3: no such kind
            Row("", "Không có mã", "MEMORANDUM_OF_UNDERSTANDING"),               // line 4: no external reference
            Row("vn-30-import-four", "", "MEMORANDUM_OF_UNDERSTANDING"),              // line 5: the registry wants a title
            Row("vn-30-import-five", "Thỏa thuận năm", "COOPERATION_AGREEMENT"),
        ]);
        var first = await cli.RunAsync("import", csv, "--kind", "agreements", "--output", "json");
        Assert.True(first.ExitCode == 4, first.ToString());
        var summary = CoopCli.Json(first);
        Assert.Equal(2, summary.GetProperty("created").GetInt32());
        Assert.Equal(3, summary.GetProperty("refused").GetInt32());
        var refused = summary.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("result").GetString() == "refused")
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList());
        Assert.Equal([3, 4, 5], refused.Keys.Order());
        Assert.Equal(["kind"], refused[3]);
        Assert.Equal(["name"], refused[4]);
        Assert.Contains(refused[5], f => f!.EndsWith("title", StringComparison.Ordinal));

        // The same file again, with one title changed and the bad rows left out: nothing created twice.
        var lines = File.ReadAllLines(csv).Where((_, i) => i is 0 or 1 or 5).ToArray();
        lines[2] = lines[2].Replace("Thỏa thuận năm", "Thỏa thuận năm (sửa)");
        File.WriteAllLines(csv, lines);
        var again = await cli.RunAsync("import", csv, "--kind", "agreements", "--output", "json");
        Assert.True(again.ExitCode == 0, again.ToString());
        var second = CoopCli.Json(again);
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        Assert.Equal(1, second.GetProperty("skipped").GetInt32());
        var changed = second.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("result").GetString() == "updated");
        Assert.Equal("agreements/vn-30-import-five", changed.GetProperty("name").GetString());
        Assert.Equal(["title"], changed.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));

        var table = await cli.RunAsync("import", csv, "--kind", "agreements");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("0 created, 0 updated, 2 skipped (unchanged), 0 refused", table.Stdout);

        var listed = await cli.RunAsync("agreements", "list", "--filter", "title:\"Thỏa thuận\"", "--output", "json");
        var titles = CoopCli.Json(listed).GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Order();
        Assert.Equal(["Thỏa thuận một", "Thỏa thuận năm (sửa)"], titles);
    }

    [Fact]
    public async Task Exit_codes_tell_not_found_usage_refused_and_unavailable_apart()
    {
        await LoginAsync();
        Assert.Equal(3, (await cli.RunAsync("agreements", "show", "no-such-agreement")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("agreements", "list", "--no-such-flag")).ExitCode);
        var refused = await cli.RunAsync("agreements", "list", "--filter", "colour = \"red\"");
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("filter", refused.Stderr);
        Assert.Equal(3, (await cli.RunAsync("agreements", "list", "--profile", "never-saved")).ExitCode);

        var profiles = File.ReadAllText(cli.ProfilesPath).Replace(stack.GrpcUrl, "http://127.0.0.1:9");
        File.WriteAllText(cli.ProfilesPath, profiles);
        var down = await cli.RunAsync("agreements", "list");
        Assert.True(down.ExitCode == 5, down.ToString());
    }

    [Fact]
    public async Task A_partner_lists_only_what_its_province_is_party_to()
    {
        var partner = TokenRequests.DevClients.First(c => c.Province == "KH-16");
        var login = await cli.RunWithAsync(null, partner.ClientSecret, "login", "--client-id", partner.ClientId);
        Assert.True(login.ExitCode == 0, login.ToString());
        var listed = await cli.RunAsync("agreements", "list", "--all", "-o", "json");
        Assert.True(listed.ExitCode == 0, listed.ToString());
        var agreements = CoopCli.Json(listed).GetProperty("agreements").EnumerateArray().ToList();
        Assert.NotEmpty(agreements);
        // A party is the province itself or one of its agencies (kh16-…).
        Assert.All(agreements, a => Assert.Contains(a.GetProperty("parties").EnumerateArray(),
            p => p.TryGetProperty("province", out var province) && province.GetString() == "provinces/KH-16" ||
                 p.TryGetProperty("agency", out var agency) && agency.GetString()!.StartsWith("agencies/kh16-", StringComparison.Ordinal)));
    }

    public void Dispose() => cli.Dispose();
}
