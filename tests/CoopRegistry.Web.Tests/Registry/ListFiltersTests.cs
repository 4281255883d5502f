using CoopRegistry.Web.Registry;

namespace CoopRegistry.Web.Tests.Registry;

public class ListFiltersTests
{
    [Fact]
    public void Search_words_are_a_quoted_phrase_and_a_state_its_contract_name()
    {
        Assert.Equal("\"dong bac campuchia\" AND state = AGREEMENT_STATE_IN_FORCE", ListFilters.Agreements(" dong bac campuchia ", AgreementState.InForce));
        Assert.Equal("", ListFilters.Agreements("  ", null));
    }

    [Fact]
    public void Quotes_in_the_words_cannot_end_the_phrase()
    {
        Assert.Equal("\"a \\\"b\\\" \\\\c\"", ListFilters.Phrase("a \"b\" \\c"));
    }

    [Fact]
    public void Commitment_filters_combine_state_lead_agency_and_source()
    {
        Assert.Equal("state = COMMITMENT_STATE_OVERDUE AND lead_agency = \"agencies/vn30-so-cong-thuong\" AND source = \"directives/x\"",
            ListFilters.Commitments(null, CommitmentState.Overdue, "agencies/vn30-so-cong-thuong", "directives/x"));
    }

    [Fact]
    public void Due_within_days_means_open_and_due_from_today_to_that_day()
    {
        Assert.Equal("due_date >= 2026-12-06 AND due_date <= 2026-12-13 AND (state = COMMITMENT_STATE_NOT_STARTED OR state = COMMITMENT_STATE_IN_PROGRESS)",
            ListFilters.DueWithin(new DateOnly(2026, 12, 6), 7));
    }
}
