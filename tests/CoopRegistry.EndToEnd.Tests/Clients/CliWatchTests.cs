using System.Diagnostics;
using System.Text.Json;
using CoopRegistry.Contracts.V1;
using CoopRegistry.Data.Audit;
using CoopRegistry.EndToEnd.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Date = Google.Type.Date;

namespace CoopRegistry.EndToEnd.Tests.Clients;

/// <summary>`coop watch --output json` follows the change feed live and stops on Ctrl-C (SIGINT) with exit 0.</summary>
public sealed partial class CliTests
{
    [Fact]
    public async Task Watch_prints_a_change_made_through_grpc_as_a_json_line_and_stops_on_ctrl_c()
    {
        if (OperatingSystem.IsWindows())
            return;
        await LoginAsync(Auditor);
        long head;
        await using (var db = stack.CreateContext())
            head = await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence) ?? 0;

        using var watch = cli.Start("watch", "--after", head.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", "json");
        var stderr = watch.StandardError.ReadToEndAsync();
        try
        {
            // The first line is the heartbeat once caught up: nothing visible since the head.
            var first = await ReadJsonLineAsync(watch);
            Assert.False(first.TryGetProperty("change", out _), first.ToString());
            Assert.Equal(head.ToString(System.Globalization.CultureInfo.InvariantCulture), first.GetProperty("cursor").GetString());

            using var channel = stack.Channel(await TokenRequests.AccessTokenAsync(stack.TokenUrl, Manager));
            var name = (await new DirectiveService.DirectiveServiceClient(channel).CreateDirectiveAsync(new CreateDirectiveRequest
            {
                DirectiveId = "vn-30-cli-watched",
                Directive = new Directive
                {
                    Kind = DirectiveKind.ConclusionNotice,
                    IssueDate = new Date { Year = 2026, Month = 4, Day = 1 },
                    Issuer = "agencies/vn30-ubnd",
                    Signer = "Lê Huy Vũ",
                    SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
                    Subject = "Thông báo kết luận theo dõi bằng CLI",
                    Summary = "Nhiệm vụ cho các sở, ngành",
                },
            }, deadline: DateTime.UtcNow.AddMinutes(2))).Directive.Name;

            JsonElement line;
            do
                line = await ReadJsonLineAsync(watch);
            while (!line.TryGetProperty("change", out var change) || change.GetProperty("record").GetString() != name);
            var created = line.GetProperty("change");
            Assert.Equal("CHANGE_KIND_CREATED", created.GetProperty("kind").GetString());
            Assert.Equal("/coopregistry.v1.DirectiveService/CreateDirective", created.GetProperty("method").GetString());
            Assert.Equal(created.GetProperty("sequence").GetString(), line.GetProperty("cursor").GetString());
            Assert.Equal("Thông báo kết luận theo dõi bằng CLI", created.GetProperty("directive").GetProperty("subject").GetString());

            using (var interrupt = Process.Start("kill", ["-INT", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await interrupt.WaitForExitAsync();
            await watch.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(watch.ExitCode == 0, $"exit {watch.ExitCode}: {await stderr}");
            Assert.Contains($"--after {created.GetProperty("sequence").GetString()}", await stderr);
        }
        finally
        {
            if (!watch.HasExited)
                watch.Kill(entireProcessTree: true);
        }
    }

    private static async Task<JsonElement> ReadJsonLineAsync(Process process)
    {
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2))
            ?? throw new InvalidOperationException("coop watch ended its output");
        return JsonDocument.Parse(line).RootElement.Clone();
    }
}
