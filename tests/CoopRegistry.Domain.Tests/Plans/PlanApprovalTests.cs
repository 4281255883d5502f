using CoopRegistry.Domain.Calendar;
using CoopRegistry.Domain.Plans;

namespace CoopRegistry.Domain.Tests.Plans;

public class PlanApprovalTests
{
    private static readonly DateOnly Today = new(2025, 9, 21);

    private static Plan Draft()
    {
        var plan = PlanRulesTests.Valid();
        PlanRules.Normalize(plan);
        return plan;
    }

    [Fact]
    public void Draft_submitted_returned_resubmitted_approved()
    {
        var plan = Draft();
        plan.SubmissionDueDate = new DateOnly(2025, 9, 21);
        plan.Submit(new DateOnly(2025, 9, 19), Today);
        Assert.Equal((PlanState.Submitted, new DateOnly(2025, 9, 19)), (plan.State, plan.SubmittedDate));

        plan.Return("Bổ sung kinh phí");
        Assert.Equal((PlanState.Returned, "Bổ sung kinh phí"), (plan.State, plan.ReturnReason));

        plan.Submit(null, Today);
        Assert.Equal((PlanState.Submitted, Today), (plan.State, plan.SubmittedDate));

        plan.Approve(null, "vn30-ubnd", "QĐ 123/QĐ-UBND", Today);
        Assert.Equal((PlanState.Approved, "vn30-ubnd", Today, "QĐ 123/QĐ-UBND"), (plan.State, plan.ApprovingAuthorityId, plan.ApprovedDate, plan.ApprovalReference));
    }

    [Theory]
    [InlineData(PlanState.Draft, "approve")]
    [InlineData(PlanState.Draft, "return")]
    [InlineData(PlanState.Submitted, "submit")]
    [InlineData(PlanState.Approved, "submit")]
    [InlineData(PlanState.Approved, "approve")]
    [InlineData(PlanState.Approved, "return")]
    [InlineData(PlanState.Returned, "approve")]
    [InlineData(PlanState.Returned, "return")]
    public void Refused_moves_name_the_state_and_the_allowed_moves(PlanState state, string move)
    {
        var plan = Draft();
        plan.State = state;
        plan.ApprovingAuthorityId = "vn30-ubnd";
        Action act = move switch
        {
            "submit" => () => plan.Submit(null, Today),
            "approve" => () => plan.Approve(null, null, null, Today),
            _ => () => plan.Return("why"),
        };
        var error = Assert.Throws<FailedPreconditionException>(act);
        Assert.Contains($"PLAN_STATE_{state.ToString().ToUpperInvariant()}", error.Message);
        foreach (var allowed in PlanApproval.AllowedMoves[state])
            Assert.Contains(allowed, error.Message);
        Assert.Equal(state, plan.State);
    }

    [Fact]
    public void Approval_needs_an_authority_one_way_or_the_other_and_a_date_after_submission()
    {
        var plan = Draft();
        plan.Submit(new DateOnly(2025, 9, 19), Today);
        var error = Assert.Throws<InvalidArgumentException>(() => plan.Approve(new DateOnly(2025, 9, 1), null, null, Today));
        Assert.Equal(["approving_authority", "approved_date"], error.Violations.Select(v => v.Field));
        Assert.Equal(PlanState.Submitted, plan.State);

        plan.ApprovingAuthorityId = "vn30-ubnd";
        plan.Approve(null, null, null, Today);
        Assert.Equal("vn30-ubnd", plan.ApprovingAuthorityId);
    }

    [Fact]
    public void Returning_needs_a_reason()
    {
        var plan = Draft();
        plan.Submit(null, Today);
        Assert.Equal("reason", Assert.Single(Assert.Throws<InvalidArgumentException>(() => plan.Return(" ")).Violations).Field);
    }

    [Fact]
    public void A_withdrawn_plan_makes_no_move()
    {
        var plan = Draft();
        plan.Withdraw("duplicate", DateTime.UtcNow);
        Assert.Equal("WITHDRAWN", Assert.Throws<FailedPreconditionException>(() => plan.Submit(null, Today)).Reason);
    }

    [Fact]
    public void Today_is_counted_in_the_home_province()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), HomeTime.Today(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 6, 30), HomeTime.Today(new DateTime(2026, 6, 30, 16, 59, 0, DateTimeKind.Utc)));
    }
}
