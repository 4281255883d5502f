using System.CommandLine;
using CoopRegistry.Contracts.V1;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// <c>audit checkpoint</c> and <c>audit verify</c> for auditors (AuditService): keep a signed
/// checkpoint in a file now, prove later that the log only grew since.
/// </summary>
public static class AuditCommands
{
    public static Command Build()
    {
        var output = new Option<FileInfo>("--out") { Description = "Also write the checkpoint (protobuf JSON) to this file, to keep" };
        var checkpoint = new Command("checkpoint", "Sign the current head of the audit chain with the registry's key") { output };
        checkpoint.SetAction(async (result, ct) =>
        {
            await using var services = Cli.Services(result);
            var signed = (await services.GetRequiredService<AuditService.AuditServiceClient>()
                .CreateAuditCheckpointAsync(new CreateAuditCheckpointRequest(), cancellationToken: ct)).Checkpoint;
            if (result.GetValue(output) is { } file)
                await File.WriteAllTextAsync(file.FullName, JsonFormatter.Default.Format(signed) + "\n", ct);
            var printer = Cli.Printer(result);
            if (printer.Json)
                printer.Message(signed);
            else
                printer.Table(["sequence", "hash", "time", "key id"],
                    [[signed.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexStringLower(signed.Hash.Span), signed.Time.ToDateTimeOffset().ToString("O"), signed.KeyId]]);
            return ExitCodes.Ok;
        });

        var kept = new Option<FileInfo[]>("--checkpoint") { Description = "A checkpoint file written by `audit checkpoint --out` (repeatable)", AllowMultipleArgumentsPerToken = true };
        var verify = new Command("verify", "Recompute the whole audit chain; exit 1 when an entry or a checkpoint does not match") { kept };
        verify.SetAction(async (result, ct) =>
        {
            var request = new VerifyAuditChainRequest();
            foreach (var file in result.GetValue(kept) ?? [])
                request.Checkpoints.Add(JsonParser.Default.Parse<AuditCheckpoint>(await File.ReadAllTextAsync(file.FullName, ct)));
            await using var services = Cli.Services(result);
            var response = await services.GetRequiredService<AuditService.AuditServiceClient>()
                .VerifyAuditChainAsync(request, deadline: DateTime.UtcNow.AddMinutes(30), cancellationToken: ct);
            var printer = Cli.Printer(result);
            if (printer.Json)
                printer.Message(response);
            else
            {
                printer.Line(response.Ok
                    ? $"audit chain intact: {response.EntriesChecked} entries, head {response.HeadSequence} {Convert.ToHexStringLower(response.HeadHash.Span)}"
                    : $"audit chain NOT intact ({response.EntriesChecked} entries checked, head {response.HeadSequence})");
                if (response.FirstBreak is { } found)
                    printer.Line($"first bad entry: {found.Sequence} {found.Fault}: {found.Description}");
                foreach (var c in response.Checkpoints)
                    printer.Line($"checkpoint at {c.Sequence}: {c.Verdict}");
            }
            return response.Ok ? ExitCodes.Ok : ExitCodes.Other;
        });
        return new Command("audit", "The audit chain (auditors): verify it, keep signed checkpoints") { checkpoint, verify };
    }
}
