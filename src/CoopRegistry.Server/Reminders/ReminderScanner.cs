using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Server.Reminders;

/// <summary>
/// Finds the reminders due at an instant and records them (once: <see cref="ReminderStore.RecordAsync"/>):
/// for each open commitment with a firm deadline, the milestone its last day has reached
/// (<see cref="ReminderMilestones.At"/>); for a recurring one, per occurrence — the one still to be
/// met and the ones just missed; and this week's digest for each digest agency. One row per
/// contact address: the lead agency's addressed, the coordinators' copied.
/// </summary>
public sealed class ReminderScanner(ReminderSources sources, ReminderStore store, IOptions<ReminderOptions> options)
{
    public async Task<int> ScanAsync(DateTime now, CancellationToken cancellationToken)
    {
        var today = HomeTime.Today(now);
        var days = options.Value.Days;
        var contacts = await sources.AgenciesWithContactsAsync(cancellationToken);
        var due = new List<Reminder>();

        var dated = await sources.DatedAsync(today.AddDays(-ReminderMilestones.OverdueCatchUpDays), today.AddDays(days.Max()), cancellationToken);
        foreach (var commitment in dated)
        {
            if (ReminderMilestones.At(commitment.DueDate, today, days) is { } milestone)
                due.AddRange(ForCommitment(commitment.Id, commitment.HomeProvinceCode, commitment.LeadAgencyId, commitment.CoordinatingAgencyIds, milestone, contacts));
        }

        var (recurring, reports) = await sources.RecurringAsync(cancellationToken);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        foreach (var commitment in recurring)
        {
            var lastDays = Occurrences.Of(commitment, reports[commitment.Id], instant)
                .Where(o => o.State == OccurrenceState.Missed)
                .Select(o => o.LastDay)
                .ToList();
            if (Occurrences.NextDue(commitment, reports[commitment.Id], instant) is { } next)
                lastDays.Add(next.LastDay);
            foreach (var lastDay in lastDays.Distinct())
            {
                if (ReminderMilestones.At(lastDay, today, days) is { } milestone)
                    due.AddRange(ForCommitment(commitment.Id, commitment.HomeProvinceCode, commitment.LeadAgencyId, commitment.CoordinatingAgencyIds, milestone, contacts));
            }
        }

        due.AddRange(Digests(ReminderMilestones.WeekOf(today), contacts));
        return await store.RecordAsync(due, now, cancellationToken);
    }

    private static IEnumerable<Reminder> ForCommitment(
        string id, string province, string lead, IEnumerable<string> coordinators, DueMilestone milestone, Dictionary<string, Agency> contacts)
    {
        var recipients = new[] { (Agency: lead, Copy: false) }.Concat(coordinators.Where(c => c != lead).Select(c => (Agency: c, Copy: true)));
        foreach (var (agency, copy) in recipients)
        {
            if (!contacts.TryGetValue(agency, out var found))
                continue;
            foreach (var email in found.ContactEmails)
            {
                yield return new Reminder
                {
                    Subject = ResourceNames.Format(Commitment.CollectionName, id),
                    CommitmentId = id,
                    HomeProvinceCode = province,
                    Milestone = milestone.Milestone,
                    DaysBefore = milestone.DaysBefore,
                    DueDate = milestone.DueDate,
                    Recipient = email,
                    RecipientAgencyId = agency,
                    Copy = copy,
                };
            }
        }
    }

    private IEnumerable<Reminder> Digests(DateOnly monday, Dictionary<string, Agency> contacts)
    {
        foreach (var name in options.Value.DigestAgencies)
        {
            if (!contacts.TryGetValue(name[(Agency.Collection.Length + 1)..], out var agency) || agency.ProvinceCode is not { } province)
                continue;
            foreach (var email in agency.ContactEmails)
            {
                yield return new Reminder
                {
                    Subject = ResourceNames.Format(Province.Collection, province),
                    HomeProvinceCode = province,
                    Milestone = ReminderMilestone.WeeklyDigest,
                    DueDate = monday,
                    Recipient = email,
                    RecipientAgencyId = agency.Id,
                };
            }
        }
    }
}
