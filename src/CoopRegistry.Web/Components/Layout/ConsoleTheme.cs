using MudBlazor;

namespace CoopRegistry.Web.Components.Layout;

/// <summary>
/// The console's colours: each keeps WCAG AA contrast (4.5:1) as text on white and as a background
/// under white text (MudBlazor's default error, success, warning and info are 2.2–3.7:1).
/// </summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0d47a1",
            Secondary = "#b71c1c",
            AppbarBackground = "#0d47a1",
            Error = "#c62828",
            Success = "#2e7d32",
            Warning = "#a34700",
            Info = "#1565c0",
        },
    };
}
