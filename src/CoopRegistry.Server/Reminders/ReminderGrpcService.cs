using CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Reminders;

/// <summary>
/// ReminderService: who was reminded of what and when. MethodAccess lets managers and auditors in;
/// the table's row-level security shows a manager only the reminders of the caller's own province.
/// </summary>
public sealed class ReminderGrpcService(ReminderStore reminders, TypeAdapterConfig mapping) : ReminderService.ReminderServiceBase
{
    public override async Task<ListRemindersResponse> ListReminders(ListRemindersRequest request, ServerCallContext context)
    {
        var page = await reminders.ListAsync(context.Caller().ProvinceCode, request.PageSize, request.PageToken, request.Filter, request.OrderBy, context.CancellationToken);
        return new ListRemindersResponse
        {
            Reminders = { page.Items.Select(r => r.Adapt<Contracts.V1.Reminder>(mapping)) },
            NextPageToken = page.NextPageToken,
            TotalSize = page.TotalSize,
        };
    }
}
