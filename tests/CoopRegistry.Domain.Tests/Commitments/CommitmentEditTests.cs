using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class CommitmentEditTests
{
    private static Commitment Open()
    {
        var commitment = Commitments.Valid();
        CommitmentRules.Normalize(commitment, Commitments.Today);
        return commitment;
    }

    [Fact]
    public void Only_the_fields_in_the_mask_change_and_the_facts_follow()
    {
        var commitment = Open();
        var changes = new Commitment { Deadline = new Deadline.Before(new DateOnly(2026, 8, 1)), Task = "ignored" };

        commitment.Edit(changes, new HashSet<string> { "deadline" }, Commitments.Today);

        Assert.Equal(new Deadline.Before(new DateOnly(2026, 8, 1)), commitment.Deadline);
        Assert.Equal(new DateOnly(2026, 7, 31), commitment.DueDate);
        Assert.Equal("Tổ chức hội nghị xúc tiến đầu tư", commitment.Task);
    }

    [Fact]
    public void Clearing_the_deadline_marks_the_time_missing()
    {
        var commitment = Open();
        commitment.Edit(new Commitment(), new HashSet<string> { "deadline" }, Commitments.Today);
        Assert.Null(commitment.DueDate);
        Assert.Equal([SixClearsElement.Time], commitment.MissingElements);
    }

    [Fact]
    public void An_edit_breaking_a_rule_is_refused()
    {
        var commitment = Open();
        var error = Assert.Throws<InvalidArgumentException>(() =>
            commitment.Edit(new Commitment { LeadAgencyId = "vn30-so-tai-chinh" }, new HashSet<string> { "lead_agency" }, Commitments.Today));
        Assert.Equal("commitment.coordinating_agencies[0]", Assert.Single(error.Violations).Field);
    }

    [Theory]
    [InlineData(CommitmentLifecycleState.Done)]
    [InlineData(CommitmentLifecycleState.Cancelled)]
    [InlineData(CommitmentLifecycleState.Waived)]
    public void A_closed_commitment_takes_only_tags_and_sources(CommitmentLifecycleState closed)
    {
        var commitment = Open();
        commitment.Lifecycle = closed;
        commitment.CompletedDate = Commitments.Today;

        commitment.Edit(new Commitment { Tags = ["trọng tâm"], Sources = [new("tb-123.txt", "mục 2")] }, new HashSet<string> { "tags", "sources" }, Commitments.Today);
        Assert.Equal(["trọng tâm"], commitment.Tags);

        var error = Assert.Throws<FailedPreconditionException>(() =>
            commitment.Edit(new Commitment { Task = "Khác" }, new HashSet<string> { "task", "tags" }, Commitments.Today));
        Assert.Equal("COMMITMENT_CLOSED", error.Reason);
        Assert.Contains("task", error.Message);
        Assert.Equal("Tổ chức hội nghị xúc tiến đầu tư", commitment.Task);
    }

    [Fact]
    public void Every_updatable_field_can_be_copied()
    {
        var commitment = Open();
        commitment.Edit(Commitments.Valid(), Commitment.UpdatableFields.ToHashSet(), Commitments.Today);
        Assert.Empty(CommitmentRules.Validate(commitment));
    }
}
