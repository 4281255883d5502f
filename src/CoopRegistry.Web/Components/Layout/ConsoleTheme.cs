using MudBlazor;

namespace CoopRegistry.Web.Components.Layout;

/// <summary>The console's colours: a dark blue primary that keeps WCAG AA contrast with white text.</summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0d47a1",
            Secondary = "#b71c1c",
            AppbarBackground = "#0d47a1",
        },
    };
}
