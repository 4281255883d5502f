using System.Globalization;
using System.Security.Claims;
using CoopRegistry.Web.Records;
using CoopRegistry.Web.Registry;
using CoopRegistry.Web.Sessions;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CoopRegistry.Web.Tests.Fakes;

/// <summary>
/// A bUnit context set up as the console is: MudBlazor, the Vietnamese texts, the registry's typed
/// clients on a <see cref="CannedRegistry"/>, and a signed-in person with the claims the console keeps.
/// </summary>
public abstract class ConsoleContext : BunitContext, IAsyncLifetime
{
    protected ConsoleContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // A wait, not an assertion: on a loaded machine a render can take seconds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        Services.AddMudServices();
        Services.AddLocalization();
        Registry.Answer<ListAgenciesRequest, ListAgenciesResponse>("ListAgencies", _ => new ListAgenciesResponse())
            .Answer<ListProvincesRequest, ListProvincesResponse>("ListProvinces", _ => new ListProvincesResponse());
        Services.AddSingleton(new DirectoryService.DirectoryServiceClient(Registry));
        Services.AddSingleton(new AgreementService.AgreementServiceClient(Registry));
        Services.AddSingleton(new CommitmentService.CommitmentServiceClient(Registry));
        Services.AddScoped<AgencyNames>();
        Services.AddScoped<RegistryErrors>();
        Services.AddScoped<AgreementMoves>();
        Services.AddScoped<CommitmentMoves>();
        Services.AddScoped<DocumentTransfer>();
    }

    protected CannedRegistry Registry { get; } = new();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose asynchronously only.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Signs in a person with the given agency, province and scopes.</summary>
    protected void SignIn(string agency, string province, params string[] scopes)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("person");
        authorization.SetClaims([
            new Claim(PersonClaims.Agency, agency),
            new Claim(PersonClaims.Province, province),
            .. scopes.Select(s => new Claim(PersonClaims.Scope, s)),
        ]);
    }

    /// <summary>The Sở Ngoại vụ officer of Gia Lai: reads, reports, manages.</summary>
    protected void SignInGiaLaiManager() =>
        SignIn("agencies/vn30-so-ngoai-vu", "VN-30", "registry.read", "registry.report", "registry.manage");

    /// <summary>The Ratanakiri partner: reads only.</summary>
    protected void SignInPartner() => SignIn("agencies/kh16-chinh-quyen-tinh", "KH-16", "registry.read");
}
