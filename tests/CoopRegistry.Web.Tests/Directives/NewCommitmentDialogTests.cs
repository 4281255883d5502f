using CoopRegistry.Web.Components.Directives;
using CoopRegistry.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopRegistry.Web.Tests.Directives;

/// <summary>The deadline as the directive words it is read back however the person leaves the field.</summary>
public class NewCommitmentDialogTests : ConsoleContext
{
    public NewCommitmentDialogTests()
    {
        SignInGiaLaiManager();
        Registry.Answer<ParseDeadlineRequest, ParseDeadlineResponse>("ParseDeadline", request => new ParseDeadlineResponse
        {
            Deadline = new Deadline { Text = request.Text, LastDay = new Google.Type.Date { Year = 2027, Month = 12, Day = 31 } },
        });
    }

    [Fact]
    public async Task The_deadline_is_read_back_after_a_pause_in_typing()
    {
        var deadline = await OpenAsync();
        deadline.Input("chậm nhất ngày 31/12/2027");

        DialogRoot.WaitForAssertion(() => Assert.Contains("31/12/2027", DialogRoot.Find("[data-testid=deadline-read]").TextContent));
    }

    [Fact]
    public async Task The_deadline_is_read_back_when_the_field_is_left_before_the_pause_ends()
    {
        var deadline = await OpenAsync();
        deadline.Input("chậm nhất ngày 31/12/2027");
        deadline.Blur();

        DialogRoot.WaitForAssertion(() => Assert.Contains("31/12/2027", DialogRoot.Find("[data-testid=deadline-read]").TextContent));
        Assert.Equal("chậm nhất ngày 31/12/2027", Registry.RequestsOf<ParseDeadlineRequest>().Last().Text);
    }

    private IRenderedComponent<MudDialogProvider> DialogRoot { get; set; } = default!;

    private async Task<AngleSharp.Dom.IElement> OpenAsync()
    {
        Render<MudPopoverProvider>();
        DialogRoot = Render<MudDialogProvider>();
        var parameters = new DialogParameters<NewCommitmentDialog> { { d => d.Source, "directives/vn30-tb-ket-luan" } };
        await DialogRoot.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<NewCommitmentDialog>("Ghi nhận nhiệm vụ", parameters));
        return DialogRoot.WaitForElement("input[data-testid=deadline]");
    }
}
