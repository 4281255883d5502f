namespace CoopRegistry.Domain.Fulfilment;

/// <summary>How many, and which (when the report lists them).</summary>
public sealed class FulfilmentFigure
{
    public int Count { get; private set; }

    /// <summary>`commitments/{id}`, in the order added; empty unless names were asked for.</summary>
    public List<string> Commitments { get; } = [];

    public void Add(int count, IEnumerable<string>? names = null)
    {
        Count += count;
        if (names is not null)
            Commitments.AddRange(names);
    }
}

/// <summary>
/// Counts and rates of non-recurring commitments. Each commitment is added to exactly one bucket;
/// <see cref="Total"/> counts them all.
/// </summary>
public sealed class FulfilmentFigures
{
    private readonly Dictionary<FulfilmentBucket, FulfilmentFigure> buckets =
        Enum.GetValues<FulfilmentBucket>().ToDictionary(b => b, _ => new FulfilmentFigure());

    public FulfilmentFigure Total { get; } = new();

    public FulfilmentFigure this[FulfilmentBucket bucket] => buckets[bucket];

    public void Add(FulfilmentBucket bucket, int count, IEnumerable<string>? names = null)
    {
        var list = names?.ToList();
        buckets[bucket].Add(count, list);
        Total.Add(count, list);
    }

    /// <summary>Commitments still owed or done: the total less cancelled and waived ones.</summary>
    public int Owed => Total.Count - this[FulfilmentBucket.Cancelled].Count - this[FulfilmentBucket.Waived].Count;

    public int Done => this[FulfilmentBucket.DoneOnTime].Count + this[FulfilmentBucket.DoneLate].Count;

    /// <summary>done_on_time / (total − cancelled − waived); 0 when that is 0.</summary>
    public double OnTimeRate => Rate(this[FulfilmentBucket.DoneOnTime].Count);

    /// <summary>(done_on_time + done_late) / (total − cancelled − waived).</summary>
    public double DoneRate => Rate(Done);

    /// <summary>overdue / (total − cancelled − waived).</summary>
    public double OverdueRate => Rate(this[FulfilmentBucket.Overdue].Count);

    /// <summary>"done/total" with two digits each, as the documents write it ("02/05"): total is every commitment counted, as in <see cref="Total"/>.</summary>
    public string DoneOfTotal => $"{Done:D2}/{Total.Count:D2}";

    private double Rate(int count) => Owed == 0 ? 0 : (double)count / Owed;
}

/// <summary>Recurring obligations in one local month: every occurrence due that month, and how each stands.</summary>
public sealed class RecurringPeriod(DateOnly period)
{
    /// <summary>The month (its first day).</summary>
    public DateOnly Period { get; } = period;
    public FulfilmentFigure Due { get; } = new();
    public FulfilmentFigure Met { get; } = new();
    public FulfilmentFigure MetLate { get; } = new();
    public FulfilmentFigure Missed { get; } = new();
    public FulfilmentFigure Pending { get; } = new();
}

/// <summary>A computed report: the instant, totals, key tasks, per lead agency, recurring months.</summary>
public sealed class FulfilmentResult(DateTimeOffset asOf)
{
    public DateTimeOffset AsOf { get; } = asOf;
    public FulfilmentFigures Total { get; } = new();
    public FulfilmentFigures KeyTasks { get; } = new();

    /// <summary>By lead agency id; ordered for output by <see cref="FulfilmentCalculator.OrderAgencies"/>.</summary>
    public Dictionary<string, FulfilmentFigures> ByLeadAgency { get; } = new(StringComparer.Ordinal);

    public List<RecurringPeriod> Recurring { get; } = [];

    /// <summary>Adds commitments of one lead agency, key task or not, to one bucket of every figure set they belong to.</summary>
    public void Add(string leadAgencyId, bool keyTask, FulfilmentBucket bucket, int count, IReadOnlyList<string>? names = null)
    {
        Total.Add(bucket, count, names);
        if (keyTask)
            KeyTasks.Add(bucket, count, names);
        if (!ByLeadAgency.TryGetValue(leadAgencyId, out var figures))
            ByLeadAgency[leadAgencyId] = figures = new FulfilmentFigures();
        figures.Add(bucket, count, names);
    }
}
