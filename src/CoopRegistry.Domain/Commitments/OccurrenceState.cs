namespace CoopRegistry.Domain.Commitments;

/// <summary>Where one monthly occurrence of a recurring commitment stands (values match the contract's OccurrenceState).</summary>
public enum OccurrenceState
{
    /// <summary>Not yet due and no report yet.</summary>
    Pending = 1,
    /// <summary>The first report covering the month arrived before the occurrence became overdue.</summary>
    Met = 2,
    /// <summary>The first report covering the month arrived after it became overdue.</summary>
    MetLate = 3,
    /// <summary>Overdue and no report covers the month.</summary>
    Missed = 4,
}
