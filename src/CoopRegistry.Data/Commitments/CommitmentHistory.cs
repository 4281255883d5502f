using CoopRegistry.Domain.Fulfilment;

namespace CoopRegistry.Data.Commitments;

/// <summary>
/// One snapshot of a commitment's facts, appended in the same transaction as every insert or
/// update of the commitment (<see cref="CommitmentHistoryInterceptor"/>): the table is the
/// registry's memory of what it said when, so a fulfilment report as of a past instant reads the
/// latest snapshot recorded at or before it, and judges who may count it by its parties then
/// (<see cref="IHasParties"/>). Never updated, never deleted.
/// </summary>
public sealed class CommitmentHistory : IHasParties
{
    /// <summary>Ascending in the order of writes.</summary>
    public long Id { get; set; }
    public string CommitmentId { get; set; } = "";

    /// <summary>The instant of the write: the commitment's update time, the store's clock.</summary>
    public DateTime RecordedAt { get; set; }

    public string HomeProvinceCode { get; set; } = "";
    public string LeadAgencyId { get; set; } = "";
    public List<string> PartnerProvinceCodes { get; set; } = [];

    /// <summary>The commitment's parties at this write (RecordParties), for as-of visibility.</summary>
    public List<string> PartyProvinceCodes { get; set; } = [];
    public List<string> PartyAgencyIds { get; set; } = [];
    public string SourceCollection { get; set; } = "";
    public string SourceId { get; set; } = "";
    public bool KeyTask { get; set; }
    public bool Recurring { get; set; }
    public Deadline? Deadline { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTime? OverdueFrom { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public CommitmentLifecycleState Lifecycle { get; set; }
    public DateOnly? CompletedDate { get; set; }

    /// <summary>When it stopped being open (done: the acceptance; cancelled, waived: the closing); null while open.</summary>
    public DateTime? ClosedTime { get; set; }

    /// <summary>Set when the commitment was withdrawn at this write.</summary>
    public DateTime? DeleteTime { get; set; }

    public static CommitmentHistory Of(Commitment commitment, DateTime recordedAt) => new()
    {
        CommitmentId = commitment.Id,
        RecordedAt = recordedAt,
        HomeProvinceCode = commitment.HomeProvinceCode,
        LeadAgencyId = commitment.LeadAgencyId,
        PartnerProvinceCodes = [.. commitment.PartnerProvinceCodes],
        PartyProvinceCodes = [.. commitment.PartyProvinceCodes],
        PartyAgencyIds = [.. commitment.PartyAgencyIds],
        SourceCollection = commitment.SourceCollection,
        SourceId = commitment.SourceId,
        KeyTask = commitment.KeyTask,
        Recurring = commitment.Recurring,
        Deadline = commitment.Deadline,
        DueDate = commitment.DueDate,
        OverdueFrom = commitment.OverdueFrom,
        StartDate = commitment.StartDate,
        EndDate = commitment.EndDate,
        Lifecycle = commitment.Lifecycle,
        CompletedDate = commitment.CompletedDate,
        ClosedTime = commitment.ClosedAt(),
        DeleteTime = commitment.DeleteTime,
    };

    /// <summary>The facts the fulfilment calculator judges (<see cref="FulfilmentCalculator"/>).</summary>
    public CommitmentFact ToFact() => new(CommitmentId, HomeProvinceCode, LeadAgencyId, PartnerProvinceCodes, SourceCollection, SourceId, KeyTask,
        Recurring, DueDate, OverdueFrom, Lifecycle, CompletedDate, Deadline, StartDate, EndDate, ClosedTime);
}
