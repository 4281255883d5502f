using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class SixClearsTests
{
    [Fact]
    public void A_complete_commitment_misses_nothing() => Assert.Empty(SixClears.Missing(Commitments.Valid()));

    [Fact]
    public void Each_element_is_named_when_missing()
    {
        var commitment = new Commitment();
        Assert.Equal(
            [SixClearsElement.Person, SixClearsElement.Task, SixClearsElement.Time, SixClearsElement.Responsibility, SixClearsElement.Deliverable, SixClearsElement.Authority],
            SixClears.Missing(commitment));
    }

    [Theory]
    [InlineData(SixClearsElement.Person)]
    [InlineData(SixClearsElement.Task)]
    [InlineData(SixClearsElement.Time)]
    [InlineData(SixClearsElement.Responsibility)]
    [InlineData(SixClearsElement.Deliverable)]
    [InlineData(SixClearsElement.Authority)]
    public void One_missing_element_is_the_only_one_named(SixClearsElement element)
    {
        var commitment = Commitments.Valid();
        switch (element)
        {
            case SixClearsElement.Person: commitment.ResponsiblePerson = " "; break;
            case SixClearsElement.Task: commitment.Task = ""; break;
            case SixClearsElement.Time: commitment.Deadline = null; break;
            case SixClearsElement.Responsibility: commitment.LeadAgencyId = ""; break;
            case SixClearsElement.Deliverable: commitment.Deliverable = null; break;
            case SixClearsElement.Authority: commitment.ApprovingAuthorityId = null; break;
        }
        Assert.Equal([element], SixClears.Missing(commitment));
    }

    [Fact]
    public void An_ongoing_duty_has_a_clear_time() =>
        Assert.Empty(SixClears.Missing(Commitments.Valid(new Deadline.Ongoing())));
}
