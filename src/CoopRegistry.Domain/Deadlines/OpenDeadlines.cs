namespace CoopRegistry.Domain.Deadlines;

public abstract partial record Deadline
{
    /// <summary>"dự kiến …": a planned deadline; it shows its expected day but is never overdue.</summary>
    public sealed record Tentative(Deadline Expected) : Deadline
    {
        public override bool IsFirm => false;
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => Expected.LastDay(calendar);
        public override string Describe() => $"dự kiến {Expected.Describe()}";
    }

    /// <summary>
    /// "ngay sau dịp Quốc khánh 02/9/2025": due soon after a date, with no stated end; it is never
    /// overdue, and <see cref="LastDay"/> is null because the documents give none.
    /// </summary>
    public sealed record RightAfter(DateOnly Date, string? Occasion = null) : Deadline
    {
        public override bool IsFirm => false;
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;
        public override string Describe() => Occasion is null
            ? $"ngay sau ngày {VietnameseDates.Format(Date)}"
            : $"ngay sau dịp {Occasion} {VietnameseDates.Format(Date)}";
    }

    /// <summary>"sau khi Ban Thường vụ Tỉnh ủy giao biên chế": open until the event is dated.</summary>
    public sealed record AfterEvent(string Event) : Deadline
    {
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;
        public override string Describe() => $"sau khi {Event}";
    }

    /// <summary>
    /// "trong thời gian chưa hoàn thành việc xây dựng cửa khẩu số": a standing duty that lasts until an
    /// event (the digital border gate built). It has no last day and is never overdue; it ends when the
    /// event happens, and the commitment is closed then.
    /// </summary>
    public sealed record Until(string Event) : Deadline
    {
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;
        public override string Describe() => $"cho đến khi {Event}";
    }

    /// <summary>No deadline: an ongoing duty ("thường xuyên").</summary>
    public sealed record Ongoing : Deadline
    {
        public override DateOnly? LastDay(WorkingCalendar? calendar = null) => null;
        public override string Describe() => "thường xuyên";
    }
}
