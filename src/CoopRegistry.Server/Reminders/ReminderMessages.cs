using System.Text;
using CoopRegistry.Domain.Commitments;
using MimeKit;

namespace CoopRegistry.Server.Reminders;

/// <summary>
/// Writes reminder mails in Vietnamese (ReminderTexts.resx): a commitment's reminder addressed to
/// its lead agency's contacts with its coordinators' copied, and a province's weekly digest. Every
/// recipient gets the same text; the envelope, not the headers, says whose copy it is.
/// </summary>
public sealed class ReminderMessages(IStringLocalizer<ReminderTexts> texts, IOptions<ReminderOptions> options)
{
    private const int SubjectTaskLength = 120;

    public MimeMessage ForCommitment(Reminder reminder, Commitment commitment, IReadOnlyDictionary<string, Agency> agencies, DateOnly today)
    {
        var lead = agencies.GetValueOrDefault(commitment.LeadAgencyId);
        var coordinators = commitment.CoordinatingAgencyIds.Select(id => agencies.GetValueOrDefault(id)).OfType<Agency>().ToList();
        var message = New();
        message.To.AddRange(Addresses(lead));
        foreach (var coordinator in coordinators)
            message.Cc.AddRange(Addresses(coordinator));
        var task = commitment.Task.Length > SubjectTaskLength ? commitment.Task[..SubjectTaskLength] + "…" : commitment.Task;
        var overdue = reminder.Milestone == ReminderMilestone.Overdue;
        message.Subject = overdue
            ? texts.Text("SubjectOverdue", task)
            : texts.Text("SubjectDaysBefore", (reminder.DueDate.DayNumber - today.DayNumber).ToString(PeopleFormat.Vietnamese), task);

        var body = new StringBuilder();
        body.AppendLine(texts.Text("Salutation", Name(lead, commitment.LeadAgencyId))).AppendLine();
        body.AppendLine(overdue
            ? texts.Text("IntroOverdue", PeopleFormat.Date(reminder.DueDate.AddDays(1)))
            : texts.Text("IntroDaysBefore", PeopleFormat.Date(reminder.DueDate), (reminder.DueDate.DayNumber - today.DayNumber).ToString(PeopleFormat.Vietnamese)));
        body.AppendLine();
        body.AppendLine(texts.Text("Task", commitment.Task));
        if (commitment.Recurring)
            body.AppendLine(texts.Text("Occurrence", PeopleFormat.Month(reminder.DueDate)));
        body.AppendLine(texts.Text("Lead", Name(lead, commitment.LeadAgencyId)));
        body.AppendLine(texts.Text("Coordinators", coordinators.Count == 0
            ? texts.Text("NoCoordinators")
            : string.Join("; ", commitment.CoordinatingAgencyIds.Select(id => Name(agencies.GetValueOrDefault(id), id)))));
        if (commitment.Deadline is { } deadline)
            body.AppendLine(texts.Text("Deadline", deadline.Describe()));
        body.AppendLine(commitment.LastReportTime is { } reported
            ? texts.Text("Progress", commitment.PercentComplete.ToString(PeopleFormat.Vietnamese), PeopleFormat.Date(PeopleFormat.LocalDay(new DateTimeOffset(reported, TimeSpan.Zero))))
            : texts.Text("NoProgress"));
        body.AppendLine(texts.Text("Reference", commitment.ResourceName)).AppendLine();
        body.AppendLine(texts.Text(overdue ? "RequestOverdue" : "RequestDaysBefore")).AppendLine();
        body.AppendLine(texts.Text("Footer"));
        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }

    /// <summary>The weekly digest of a province for the week starting <paramref name="monday"/>.</summary>
    public MimeMessage Digest(Agency recipient, DateOnly monday, DateTime now, IReadOnlyList<Commitment> due, int total, IReadOnlyDictionary<string, Agency> agencies, int withinDays)
    {
        var message = New();
        message.To.AddRange(Addresses(recipient));
        message.Subject = texts.Text("SubjectDigest", PeopleFormat.Date(monday));
        var overdue = due.Where(c => c.OverdueFrom <= now).ToList();
        var upcoming = due.Where(c => c.OverdueFrom > now).ToList();
        var body = new StringBuilder();
        body.AppendLine(texts.Text("Salutation", recipient.Names.Vi)).AppendLine();
        body.AppendLine(texts.Text("IntroDigest", PeopleFormat.Date(monday), PeopleFormat.Date(monday.AddDays(6)),
            PeopleFormat.Number(overdue.Count), PeopleFormat.Number(upcoming.Count), withinDays.ToString(PeopleFormat.Vietnamese)));
        foreach (var (heading, list) in new[] { ("DigestOverdue", overdue), ("DigestUpcoming", upcoming) })
        {
            body.AppendLine().AppendLine(texts.Text(heading));
            if (list.Count == 0)
                body.AppendLine(texts.Text("DigestNone"));
            for (var i = 0; i < list.Count; i++)
                body.AppendLine(texts.Text("DigestItem", (i + 1).ToString(PeopleFormat.Vietnamese), list[i].Task,
                    Name(agencies.GetValueOrDefault(list[i].LeadAgencyId), list[i].LeadAgencyId), PeopleFormat.Date(list[i].DueDate!.Value)));
        }
        if (total > due.Count)
            body.AppendLine().AppendLine(texts.Text("DigestMore", PeopleFormat.Number(total - due.Count)));
        body.AppendLine().AppendLine(texts.Text("Footer"));
        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }

    private MimeMessage New()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        return message;
    }

    private static IEnumerable<MailboxAddress> Addresses(Agency? agency) =>
        agency is null ? [] : agency.ContactEmails.Select(email => new MailboxAddress(agency.Names.Vi, email));

    private static string Name(Agency? agency, string id) => agency?.Names.Vi ?? id;
}
