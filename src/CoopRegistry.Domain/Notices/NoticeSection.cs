namespace CoopRegistry.Domain.Notices;

/// <summary>
/// A numbered part, lettered item or bullet of a notice: its label in the seeds' style ("§2 b1",
/// "§2.a", "§II.2.b b1"), its place in the text and its parent. Text runs from the marker to the next
/// part; "+" sub-bullets stay in their bullet.
/// </summary>
public sealed class NoticeSection
{
    public required string Label { get; init; }
    public required int Level { get; init; }
    public required int Start { get; init; }

    /// <summary>Where its words start, after the marker ("2.1.", "a)", "-").</summary>
    public required int ContentStart { get; init; }

    /// <summary>Where its words after a title line start ("a) Công tác tổ chức bộ máy" / "2.1. Sở Công Thương"); <see cref="ContentStart"/> when it has none.</summary>
    public int TitleEnd { get; init; }
    public int End { get; set; }
    public NoticeSection? Parent { get; init; }
    public List<NoticeSection> Children { get; } = [];
    public bool IsBullet { get; init; }

    public IEnumerable<NoticeSection> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent)
            yield return p;
    }
}
