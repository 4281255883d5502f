using System.CommandLine;
using System.Globalization;
using CoopRegistry.Contracts.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Cli.Commands;

/// <summary>
/// <c>reminders</c>: who the registry reminded of what and when (ReminderService.ListReminders),
/// for the home province's managers and auditors; newest first, one page.
/// </summary>
public static class ReminderCommands
{
    public static Command Build()
    {
        var filter = new Option<string>("--filter") { Description = "AIP-160 filter, e.g. 'state = REMINDER_STATE_RETRYING' or 'subject = \"commitments/c1\"'" };
        var orderBy = new Option<string>("--order-by") { Description = "create_time, send_time, due_date or recipient, optionally desc (default: create_time desc)" };
        var pageSize = new Option<int>("--page-size") { Description = "At most this many (default 50, at most 1000)" };
        var pageToken = new Option<string>("--page-token") { Description = "next_page_token of the previous page" };
        var command = new Command("reminders", "Deadline reminders sent by e-mail: who was reminded of what and when (managers, auditors)")
        {
            filter, orderBy, pageSize, pageToken,
        };
        command.SetAction(async (result, ct) =>
        {
            await using var services = Cli.Services(result);
            var response = await services.GetRequiredService<ReminderService.ReminderServiceClient>().ListRemindersAsync(new ListRemindersRequest
            {
                Filter = result.GetValue(filter) ?? "",
                OrderBy = result.GetValue(orderBy) ?? "",
                PageSize = result.GetValue(pageSize),
                PageToken = result.GetValue(pageToken) ?? "",
            }, cancellationToken: ct);
            var printer = Cli.Printer(result);
            if (printer.Json)
            {
                printer.Message(response);
                return ExitCodes.Ok;
            }
            printer.Table(["subject", "milestone", "due", "recipient", "state", "attempts", "sent", "last error"], response.Reminders.Select(r => (IReadOnlyList<string>)
            [
                r.Subject,
                r.Milestone switch
                {
                    ReminderMilestone.DaysBefore => $"{r.DaysBefore} days before",
                    ReminderMilestone.Overdue => "overdue",
                    ReminderMilestone.WeeklyDigest => "weekly digest",
                    _ => "",
                },
                r.DueDate is { } d ? $"{d.Year:0000}-{d.Month:00}-{d.Day:00}" : "",
                r.Copy ? $"{r.Recipient} (cc)" : r.Recipient,
                r.State.ToString().ToLowerInvariant(),
                r.Attempts.ToString(CultureInfo.InvariantCulture),
                r.SendTime?.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "",
                r.LastError,
            ]), $"{response.Reminders.Count} of {response.TotalSize}{(response.NextPageToken.Length > 0 ? $"; next page: --page-token {response.NextPageToken}" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
