using CoopRegistry.Domain.Reminders;

namespace CoopRegistry.Data.Queries;

/// <summary>
/// ListReminders' filter and order_by (reminder_service.proto), newest first by default. Rows the
/// caller may not see are hidden by the table's row-level security (its home province's, or all
/// for auditors); the caller's province is part of the page token's fingerprint.
/// </summary>
public static class ReminderListing
{
    // The id as text is the keyset's last key: unique, and compared the same way it is ordered.
    private static readonly ListSchema<Reminder> Schema = new ListSchema<Reminder>("name", r => r.Id.ToString())
        .Text("subject", r => r.Subject)
        .ResourceName("commitment", r => r.CommitmentId, Domain.Commitments.Commitment.CollectionName, orderable: false)
        .ResourceName("home_province", r => r.HomeProvinceCode, Province.Collection, orderable: false)
        .Enum("milestone", r => r.Milestone, ContractEnumNames.For<ReminderMilestone>("REMINDER_MILESTONE_"), orderable: false)
        .Number("days_before", r => (decimal?)r.DaysBefore, orderable: false)
        .Date("due_date", r => r.DueDate)
        .Text("recipient", r => r.Recipient)
        .ResourceName("recipient_agency", r => r.RecipientAgencyId, Agency.Collection, orderable: false)
        .Enum("state", r => r.State, ContractEnumNames.For<ReminderState>("REMINDER_STATE_"), orderable: false)
        .Timestamp("create_time", r => r.CreateTime)
        .Timestamp("send_time", r => r.SendTime)
        .DefaultOrder("create_time", descending: true);

    internal static Task<Page<Reminder>> ListAsync(
        RegistryDbContext db, string callerProvince, int pageSize, string? pageToken, string? filter, string? orderBy, CancellationToken cancellationToken) =>
        db.Set<Reminder>().AsNoTracking()
            .ToPageAsync(Schema, new ListRequest(pageSize, pageToken, filter, orderBy, callerProvince), cancellationToken);
}
