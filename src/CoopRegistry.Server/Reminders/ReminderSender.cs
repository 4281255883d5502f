using CoopRegistry.Domain.Commitments;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace CoopRegistry.Server.Reminders;

/// <summary>
/// Sends the recorded reminders whose attempt is due: claims a batch (<see cref="ReminderStore.ClaimAsync"/>),
/// skips those no longer due (the commitment closed, withdrawn, its deadline moved, or a
/// days-before reminder whose deadline already passed), writes the rest (<see cref="ReminderMessages"/>)
/// and hands each recipient's copy to the mail server over one connection. Accepted: sent. A
/// refusal for good (5xx): failed. Anything else (no connection, 4xx, a broken connection): tried
/// again after a backoff that doubles from a minute up to an hour, so an outage delays a reminder
/// and never loses it.
/// </summary>
public sealed class ReminderSender(
    ReminderStore store, ReminderSources sources, ReminderMessages messages, IOptions<ReminderOptions> options, Metrics.RegistryMetrics metrics,
    ILogger<ReminderSender> logger)
{
    public const int BatchSize = 50;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private const int DigestLength = 100;

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: 1, 2, 4 … minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Clamp(attempts - 1, 0, 6))));

    /// <summary>Sends one batch; answers how many reminders it settled.</summary>
    public async Task<int> SendAsync(DateTime now, CancellationToken cancellationToken)
    {
        var claim = await store.ClaimAsync(now, Lease, BatchSize, cancellationToken);
        if (claim.Reminders.Count == 0)
            return 0;
        var outgoing = await ComposeAsync(claim, now, cancellationToken);
        if (outgoing.Count == 0)
            return claim.Reminders.Count;

        await using var mail = new ReminderMail(options);
        try
        {
            await mail.ConnectAsync(cancellationToken);
        }
        catch (Exception e) when (IsTransient(e))
        {
            logger.LogWarning("Reminders: mail server {Host}:{Port} not reachable ({Error}); {Count} reminders wait for the next attempt",
                options.Value.Smtp.Host, options.Value.Smtp.Port, e.Message, outgoing.Count);
            foreach (var (reminder, _) in outgoing)
            {
                await store.RetryAsync(claim, [reminder.Id], e.Message, now + Backoff(reminder.Attempts));
                metrics.Reminder("retried");
            }
            return claim.Reminders.Count;
        }
        foreach (var (reminder, message) in outgoing)
        {
            var (outcome, error) = await mail.SendAsync(message, reminder.Recipient, cancellationToken);
            switch (outcome)
            {
                case MailOutcome.Sent:
                    await store.SentAsync(claim, [reminder.Id], now);
                    metrics.Reminder("sent");
                    logger.LogInformation("Reminder {Reminder} ({Milestone} of {Subject}) sent to {Recipient}", reminder.ResourceName, reminder.Milestone, reminder.Subject, reminder.Recipient);
                    break;
                case MailOutcome.Permanent:
                    await store.CloseAsync(claim, [reminder.Id], ReminderState.Failed, error!, now);
                    metrics.Reminder("failed");
                    logger.LogWarning("Reminder {Reminder} to {Recipient} refused: {Error}", reminder.ResourceName, reminder.Recipient, error);
                    break;
                default:
                    await store.RetryAsync(claim, [reminder.Id], error!, now + Backoff(reminder.Attempts));
                    metrics.Reminder("retried");
                    logger.LogWarning("Reminder {Reminder} to {Recipient} not sent, tried again later: {Error}", reminder.ResourceName, reminder.Recipient, error);
                    break;
            }
        }
        return claim.Reminders.Count;
    }

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or MailKit.Security.AuthenticationException
            or IOException or System.Net.Sockets.SocketException or TimeoutException;

    /// <summary>The messages of a claim; reminders no longer due are settled as skipped here.</summary>
    private async Task<List<(Reminder Reminder, MimeMessage Message)>> ComposeAsync(ReminderClaim claim, DateTime now, CancellationToken cancellationToken)
    {
        var today = HomeTime.Today(now);
        var commitments = await sources.CommitmentsAsync([.. claim.Reminders.Select(r => r.CommitmentId).OfType<string>().Distinct()], cancellationToken);
        var agencyIds = commitments.Values.SelectMany(c => c.CoordinatingAgencyIds.Append(c.LeadAgencyId)).Concat(claim.Reminders.Select(r => r.RecipientAgencyId)).Distinct().ToList();
        var agencies = await sources.AgenciesAsync(agencyIds, cancellationToken);
        var digests = new Dictionary<string, (List<Commitment> Items, int Total)>(StringComparer.Ordinal);
        var outgoing = new List<(Reminder, MimeMessage)>();
        foreach (var reminder in claim.Reminders)
        {
            if (reminder.CommitmentId is { } id)
            {
                var commitment = commitments.GetValueOrDefault(id);
                if (NotDueReason(reminder, commitment, today) is { } reason)
                {
                    await store.CloseAsync(claim, [reminder.Id], ReminderState.Skipped, reason, now);
                    continue;
                }
                outgoing.Add((reminder, messages.ForCommitment(reminder, commitment!, agencies, today)));
                continue;
            }
            if (!agencies.TryGetValue(reminder.RecipientAgencyId, out var recipient))
            {
                await store.CloseAsync(claim, [reminder.Id], ReminderState.Skipped, $"agency {reminder.RecipientAgencyId} is not in the directory", now);
                continue;
            }
            var within = options.Value.Days.Max();
            if (!digests.TryGetValue(reminder.HomeProvinceCode, out var digest))
                digests[reminder.HomeProvinceCode] = digest = await sources.DigestAsync(reminder.HomeProvinceCode, now, today.AddDays(within), DigestLength, cancellationToken);
            var leads = await sources.AgenciesAsync([.. digest.Items.Select(c => c.LeadAgencyId).Distinct()], cancellationToken);
            outgoing.Add((reminder, messages.Digest(recipient, reminder.DueDate, now, digest.Items, digest.Total, leads, within)));
        }
        return outgoing;
    }

    /// <summary>Why a commitment's reminder should no longer go out; null when it should.</summary>
    private static string? NotDueReason(Reminder reminder, Commitment? commitment, DateOnly today) => commitment switch
    {
        null => "the commitment is not in the register",
        { DeleteTime: not null } => "the commitment was withdrawn",
        { Lifecycle: not CommitmentLifecycleState.Open } => $"the commitment is {commitment.Lifecycle.ToString().ToLowerInvariant()}",
        { Recurring: false } when commitment.DueDate != reminder.DueDate => "the commitment's deadline moved",
        _ when reminder.Milestone == ReminderMilestone.DaysBefore && reminder.DueDate < today => "its deadline passed before it could be sent",
        _ => null,
    };
}
