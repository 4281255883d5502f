using CoopRegistry.Cli.Commands;
using CoopRegistry.Cli.Output;
using CoopRegistry.Contracts.V1;
using Spectre.Console;

namespace CoopRegistry.Clients.Tests;

/// <summary><c>coop extract</c> prints the drafts as a table for people and as protobuf JSON for scripts.</summary>
public class ExtractCommandTests
{
    private static readonly ExtractCommitmentsResponse Response = new()
    {
        Drafts =
        {
            new CommitmentDraft
            {
                Section = "§2 b1",
                Confidence = 0.9,
                Reasons = { "co-assignee: one draft for each of 2" },
                Commitment = new Commitment
                {
                    LeadAgency = "agencies/vn30-so-ngoai-vu",
                    CoordinatingAgencies = { "agencies/vn30-so-tai-chinh" },
                    Task = "Giao Sở Ngoại vụ chủ trì xây dựng kế hoạch hợp tác",
                    Deadline = new Deadline { Text = "trước ngày 30/6/2026" },
                },
            },
        },
    };

    [Fact]
    public void The_table_shows_section_agencies_deadline_and_reasons()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        ExtractCommand.Print(new Printer(false, console, output), Response);
        var text = output.ToString();
        Assert.Contains("§2 b1", text);
        Assert.Contains("vn30-so-ngoai-vu", text);
        Assert.Contains("vn30-so-tai-chinh", text);
        Assert.Contains("trước ngày 30/6/2026", text);
        Assert.Contains("co-assignee", text);
        Assert.Contains("1 drafts", text);
    }

    [Fact]
    public void Json_is_the_response_as_protobuf_json()
    {
        var output = new StringWriter();
        ExtractCommand.Print(new Printer(true, AnsiConsole.Console, output), Response);
        var parsed = Google.Protobuf.JsonParser.Default.Parse<ExtractCommitmentsResponse>(output.ToString());
        Assert.Equal(Response, parsed);
    }
}
