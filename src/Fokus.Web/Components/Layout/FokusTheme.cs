using MudBlazor;

namespace Fokus.Web.Components.Layout;

internal static class FokusTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e5f",
            Secondary = "#d9822b",
            Success = "#2e7d32",
            Warning = "#8a5300",
            Info = "#0b5394",
            Error = "#c62828",
            AppbarBackground = "#1f4e5f",
            Background = "#f7f8fa",
            // Darker than MudBlazor's default grey so secondary text passes WCAG AA on the page background.
            TextSecondary = "#5a6670",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "sans-serif"] } },
    };
}
