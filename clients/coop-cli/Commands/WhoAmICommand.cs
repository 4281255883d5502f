using System.CommandLine;
using System.Text.Json.Nodes;
using CoopRegistry.Cli.Output;
using CoopRegistry.Cli.Profiles;
using CoopRegistry.Clients;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary><c>whoami</c>: who the profile's token names (person or system), for which agency and province, with which scopes.</summary>
public static class WhoAmICommand
{
    public static Command Build()
    {
        var command = new Command("whoami", "Show who the profile signs in as: the person (or system), the client, agency, province and scopes of a fresh token");
        command.SetAction(async (result, ct) =>
        {
            await using var services = Cli.Services(result);
            var token = await services.GetRequiredService<AccessTokenCache>().GetAsync(ct);
            Print(Cli.Printer(result), result.GetValue(Cli.ProfileOption)!, Cli.Profile(result), TokenClaims.Read(token), null);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line for people (or JSON): "nguyen.van.an (Nguyễn Văn An) through coop-cli, agencies/…, VN-30, scopes: …".</summary>
    public static void Print(Printer printer, string profileName, Profile profile, JsonObject? claims, string? note)
    {
        var clientId = claims?["client_id"]?.GetValue<string>() ?? profile.ClientId;
        var subject = claims?["sub"]?.GetValue<string>();
        var person = subject is not null && subject != clientId ? subject : null;
        if (printer.Json)
        {
            printer.Raw(new JsonObject
            {
                ["profile"] = profileName,
                ["address"] = profile.Address,
                ["person"] = person,
                ["name"] = claims?["name"]?.DeepClone(),
                ["clientId"] = clientId,
                ["agency"] = claims?["agency"]?.DeepClone(),
                ["province"] = claims?["province"]?.DeepClone(),
                ["scope"] = claims?["scope"]?.DeepClone(),
            });
            return;
        }
        var who = person is null ? $"system {clientId}" : $"{person} ({claims?["name"]}) through {clientId}";
        printer.Line($"{who} at {profile.Address}: {claims?["agency"]}, {claims?["province"]}, scopes: {claims?["scope"]}; profile '{profileName}'{(note is null ? "" : $" {note}")}");
    }
}
