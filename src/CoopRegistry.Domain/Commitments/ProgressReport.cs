namespace CoopRegistry.Domain.Commitments;

/// <summary>One progress report on a commitment; append-only (never edited or removed).</summary>
public sealed class ProgressReport
{
    public string CommitmentId { get; set; } = "";

    /// <summary>1, 2, … within the commitment: `commitments/{id}/progressReports/{number}`.</summary>
    public int Number { get; set; }

    public string Narrative { get; set; } = "";
    public int PercentComplete { get; set; }
    public List<string> Evidence { get; set; } = [];
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string ReporterAgencyId { get; set; } = "";
    public string ReporterClientId { get; set; } = "";
    /// <summary>The person who reported (their user name); null when a system did.</summary>
    public string? ReporterPersonId { get; set; }
    public DateTime ReportTime { get; set; }

    public string ResourceName => $"commitments/{CommitmentId}/progressReports/{Number}";
}
