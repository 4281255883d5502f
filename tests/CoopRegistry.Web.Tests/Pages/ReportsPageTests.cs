using CoopRegistry.Web.Components.Pages;
using CoopRegistry.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CoopRegistry.Web.Tests.Pages;

public class ReportsPageTests : ConsoleContext
{
    public ReportsPageTests()
    {
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new FulfilmentService.FulfilmentServiceClient(Registry));
    }

    private static FulfilmentReport Report() => new()
    {
        Total = new FulfilmentFigures
        {
            Total = new FulfilmentFigure { Count = 2, Commitments = { "commitments/c1", "commitments/c2" } },
            Overdue = new FulfilmentFigure { Count = 1, Commitments = { "commitments/c1" } },
            DoneOfTotal = "01/02",
        },
        KeyTasks = new FulfilmentFigures { DoneOfTotal = "00/00" },
        ByLeadAgency = { new AgencyFulfilment { Agency = "agencies/vn30-so-cong-thuong", Figures = new FulfilmentFigures { DoneOfTotal = "01/02" } } },
    };

    [Fact]
    public void The_report_is_asked_for_the_chosen_scope_and_a_figure_opens_the_commitments_behind_it()
    {
        SignInGiaLaiManager();
        Registry.Answer<GetFulfilmentReportRequest, GetFulfilmentReportResponse>("GetFulfilmentReport", _ => new GetFulfilmentReportResponse { Report = Report() })
            .Answer<GetCommitmentRequest, GetCommitmentResponse>("GetCommitment", r =>
                new GetCommitmentResponse { Commitment = SampleRecords.Commitment(CommitmentState.Overdue) });
        var page = Render<Reports>();
        page.WaitForAssertion(() => Assert.Equal("01/02", page.Find("[data-testid=done-of-total]").TextContent));

        var asked = Registry.RequestsOf<GetFulfilmentReportRequest>().Single();
        Assert.True(asked.IncludeCommitments);
        Assert.Equal("provinces/VN-30", asked.Scope.HomeProvince);
        Assert.Null(asked.Scope.AsOf);
        Assert.True(page.Find("[data-testid=figure-DoneLate]").HasAttribute("disabled"));

        page.Find("[data-testid=figure-Overdue]").Click();

        page.WaitForAssertion(() => Assert.Contains("Tổ chức hội nghị xúc tiến thương mại", page.Find("[data-testid=commitments]").TextContent));
        Assert.Equal(["commitments/c1"], Registry.RequestsOf<GetCommitmentRequest>().Select(r => r.Name));
    }
}
