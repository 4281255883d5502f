using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Commitments;

namespace CoopRegistry.Domain.Tests.Commitments;

public class CommitmentRulesTests
{
    [Fact]
    public void A_valid_commitment_has_no_violations()
    {
        var commitment = Commitments.Valid();
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.Empty(CommitmentRules.Validate(commitment));
    }

    [Fact]
    public void Normalize_keeps_the_agencies_lead_first_without_repeats()
    {
        var commitment = Commitments.Valid();
        commitment.CoordinatingAgencyIds = ["vn30-so-tai-chinh", "vn30-so-tai-chinh", "vn30-so-ngoai-vu"];
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.Equal(["vn30-so-cong-thuong", "vn30-so-tai-chinh", "vn30-so-ngoai-vu"], commitment.AgencyIds);
    }

    [Fact]
    public void Normalize_defaults_the_start_date_and_keeps_a_given_one()
    {
        var unset = Commitments.Valid();
        unset.StartDate = default;
        CommitmentRules.Normalize(unset, Commitments.Today);
        Assert.Equal(Commitments.Today, unset.StartDate);

        var given = Commitments.Valid();
        given.StartDate = new DateOnly(2025, 9, 1);
        CommitmentRules.Normalize(given, Commitments.Today);
        Assert.Equal(new DateOnly(2025, 9, 1), given.StartDate);
    }

    [Fact]
    public void No_later_than_30_June_is_due_that_day_and_overdue_from_17_00_UTC()
    {
        var commitment = Commitments.Valid(new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.Equal(new DateOnly(2026, 6, 30), commitment.DueDate);
        Assert.Equal(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc), commitment.OverdueFrom);
        Assert.False(commitment.Recurring);
    }

    [Fact]
    public void Before_20_May_is_due_the_19th()
    {
        var commitment = Commitments.Valid(new Deadline.Before(new DateOnly(2026, 5, 20)));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.Equal(new DateOnly(2026, 5, 19), commitment.DueDate);
        Assert.Equal(new DateTime(2026, 5, 19, 17, 0, 0, DateTimeKind.Utc), commitment.OverdueFrom);
    }

    [Fact]
    public void Tentative_deadlines_have_a_due_date_but_never_become_overdue()
    {
        var commitment = Commitments.Valid(new Deadline.Tentative(new Deadline.WithinMonth(2025, 10)));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.Equal(new DateOnly(2025, 10, 31), commitment.DueDate);
        Assert.Null(commitment.OverdueFrom);
    }

    [Fact]
    public void Monthly_deadlines_are_recurring_with_no_overdue_instant()
    {
        var commitment = Commitments.Valid(new Deadline.Monthly(MonthlyDay.Before, 20));
        CommitmentRules.Normalize(commitment, Commitments.Today);
        Assert.True(commitment.Recurring);
        Assert.Null(commitment.DueDate);
        Assert.Null(commitment.OverdueFrom);
    }

    [Fact]
    public void Ongoing_and_no_deadline_have_no_facts_but_only_none_misses_the_time()
    {
        var ongoing = Commitments.Valid(new Deadline.Ongoing());
        CommitmentRules.Normalize(ongoing, Commitments.Today);
        Assert.Null(ongoing.DueDate);
        Assert.DoesNotContain(SixClearsElement.Time, ongoing.MissingElements);

        var none = Commitments.Valid();
        none.Deadline = null;
        CommitmentRules.Normalize(none, Commitments.Today);
        Assert.Null(none.DueDate);
        Assert.Null(none.OverdueFrom);
        Assert.Equal([SixClearsElement.Time], none.MissingElements);
    }

    [Fact]
    public void Working_day_deadlines_count_with_the_calendar_and_need_it()
    {
        // Friday 15/5/2026: 3 working days → Wednesday 20/5.
        var commitment = Commitments.Valid(new Deadline.WithinWorkingDays(3, new DateOnly(2026, 5, 15)));
        Assert.True(CommitmentRules.NeedsCalendar(commitment.Deadline));
        Assert.Throws<FailedPreconditionException>(() => CommitmentRules.Normalize(commitment, Commitments.Today));
        CommitmentRules.Normalize(commitment, Commitments.Today, new WorkingCalendar("VN", [], [2026]));
        Assert.Equal(new DateOnly(2026, 5, 20), commitment.DueDate);
        Assert.False(CommitmentRules.NeedsCalendar(new Deadline.WithinWorkingDays(3, null, "nhận đủ hồ sơ")));
        Assert.True(CommitmentRules.NeedsCalendar(new Deadline.Tentative(new Deadline.WithinWorkingDays(3, new DateOnly(2026, 5, 15)))));
    }

    [Fact]
    public void Every_violation_is_reported_at_once_with_contract_paths()
    {
        var commitment = Commitments.Valid(new Deadline.OnOrBefore(new DateOnly(2026, 6, 30)));
        commitment.Task = " ";
        commitment.LeadAgencyId = "vn30-so-tai-chinh";
        commitment.SourceId = "";
        commitment.CommittingEnterprise = "Công ty A";
        commitment.CommittingProvinceCode = "KH-16";
        commitment.EndDate = Commitments.Today.AddDays(-1);
        commitment.PartnerProvinceCodes = ["KH-16", "KH-16"];
        commitment.PercentComplete = 101;

        var fields = CommitmentRules.Validate(commitment).Select(v => v.Field).ToList();

        Assert.Contains("commitment.task", fields);
        Assert.Contains("commitment.coordinating_agencies[0]", fields);
        Assert.Contains("commitment.source.record", fields);
        Assert.Contains("commitment.committing_party", fields);
        Assert.Equal(2, fields.Count(f => f == "commitment.end_date"));
        Assert.Contains("commitment.partner_provinces[1]", fields);
        Assert.Contains("commitment.percent_complete", fields);
        var error = Assert.Throws<InvalidArgumentException>(() => CommitmentRules.Demand(commitment));
        Assert.Equal(fields.Count, error.Violations.Count);
    }

    [Fact]
    public void The_lead_is_required_and_never_also_coordinates()
    {
        var commitment = Commitments.Valid();
        commitment.LeadAgencyId = "";
        Assert.Contains(CommitmentRules.Validate(commitment), v => v.Field == "commitment.lead_agency");

        commitment.LeadAgencyId = "vn30-so-ngoai-vu";
        var violation = Assert.Single(CommitmentRules.Validate(commitment));
        Assert.Equal("commitment.coordinating_agencies[1]", violation.Field);
    }

    [Theory]
    [InlineData("agreements", true)]
    [InlineData("plans", true)]
    [InlineData("events", true)]
    [InlineData("directives", true)]
    [InlineData("commitments", false)]
    [InlineData("provinces", false)]
    public void The_source_is_an_agreement_plan_event_or_directive(string collection, bool valid)
    {
        var commitment = Commitments.Valid();
        commitment.SourceCollection = collection;
        Assert.Equal(valid, !CommitmentRules.Validate(commitment).Any(v => v.Field == "commitment.source.record"));
    }

    [Fact]
    public void An_end_date_is_only_for_recurring_obligations()
    {
        var monthly = Commitments.Valid(new Deadline.Monthly(MonthlyDay.Before, 20));
        monthly.EndDate = new DateOnly(2026, 12, 31);
        Assert.Empty(CommitmentRules.Validate(monthly));

        var once = Commitments.Valid();
        once.EndDate = new DateOnly(2026, 12, 31);
        Assert.Contains("recurring", Assert.Single(CommitmentRules.Validate(once)).Description);
    }
}
