namespace CoopRegistry.Domain.Reminders;

/// <summary>Which point of a deadline a reminder marks.</summary>
public enum ReminderMilestone
{
    /// <summary>Some days before the last on-time day (<see cref="Reminder.DaysBefore"/>).</summary>
    DaysBefore = 1,
    /// <summary>The day the deadline passed unmet.</summary>
    Overdue = 2,
    /// <summary>A province's overdue and upcoming commitments, once a week.</summary>
    WeeklyDigest = 3,
}

/// <summary>Where a reminder's sending stands.</summary>
public enum ReminderState
{
    /// <summary>Recorded, waiting for its first attempt.</summary>
    Pending = 1,
    /// <summary>An attempt failed; tried again at <see cref="Reminder.NextAttemptTime"/>.</summary>
    Retrying = 2,
    Sent = 3,
    /// <summary>Refused for good by the mail server (a rejected address).</summary>
    Failed = 4,
    /// <summary>No longer due when its turn came (the commitment closed, withdrawn, or its deadline moved).</summary>
    Skipped = 5,
}

/// <summary>
/// One recipient's reminder of one milestone of one deadline: recorded once (the key is subject,
/// due date, milestone, days before and recipient), then sent, retried or given up. The row is
/// the registry's memory of what it sent, shared by every registry process.
/// </summary>
public sealed class Reminder
{
    public const string Collection = "reminders";

    /// <summary>A UUIDv7: time-ordered, and unlike a sequence shared by every province its gaps count nobody else's reminders.</summary>
    public Guid Id { get; set; }

    /// <summary>`commitments/{id}`, or `provinces/{code}` for a weekly digest.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The commitment's id; null for a digest.</summary>
    public string? CommitmentId { get; set; }

    public string HomeProvinceCode { get; set; } = "";
    public ReminderMilestone Milestone { get; set; }

    /// <summary>Days before the deadline for <see cref="ReminderMilestone.DaysBefore"/>; 0 otherwise.</summary>
    public int DaysBefore { get; set; }

    /// <summary>The last on-time local day of the deadline or occurrence; a digest's week's Monday.</summary>
    public DateOnly DueDate { get; set; }

    public string Recipient { get; set; } = "";
    public string RecipientAgencyId { get; set; } = "";

    /// <summary>Copied rather than addressed (a coordinating agency).</summary>
    public bool Copy { get; set; }

    public ReminderState State { get; set; } = ReminderState.Pending;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreateTime { get; set; }
    public DateTime? SendTime { get; set; }
    public DateTime NextAttemptTime { get; set; }

    /// <summary>While set and ahead, one registry process is sending it; after it, another may take it over.</summary>
    public DateTime? LeaseUntil { get; set; }

    public string ResourceName => $"{Collection}/{Id}";

    /// <summary>Reminders that went out in one message share this (one mail per commitment and milestone).</summary>
    public (string Subject, DateOnly DueDate, ReminderMilestone Milestone, int DaysBefore) Message => (Subject, DueDate, Milestone, DaysBefore);
}
