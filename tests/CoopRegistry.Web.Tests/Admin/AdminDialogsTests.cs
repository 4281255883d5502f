using CoopRegistry.Web.Components.Admin;
using CoopRegistry.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopRegistry.Web.Tests.Admin;

/// <summary>
/// The administration dialogs open as the page opens them (through the dialog service): a parameter
/// a child component does not have ends the whole circuit in the browser, with nothing shown.
/// </summary>
public class AdminDialogsTests : ConsoleContext
{
    public AdminDialogsTests() => Services.AddSingleton(new AdminService.AdminServiceClient(Registry));

    [Fact]
    public async Task The_add_person_dialog_opens_with_its_fields()
    {
        SignInGiaLaiManager();
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<PersonDialog>("Thêm người dùng"));
        provider.WaitForAssertion(() =>
        {
            Assert.NotEmpty(provider.FindAll("[data-testid=username]"));
            Assert.NotEmpty(provider.FindAll("[data-testid=field-agency]"));
        });
    }

    [Fact]
    public async Task The_add_system_dialog_opens_with_its_fields()
    {
        SignInGiaLaiManager();
        var provider = Render<MudDialogProvider>();
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<ClientDialog>("Thêm hệ thống kết nối"));
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll("[data-testid=field-agency]")));
    }
}
