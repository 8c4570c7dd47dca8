using MudBlazor;

namespace ShareAlliance.Web.Components.Layout;

/// <summary>ShareAlliance's own neutral identity: a deep teal and warm greys, every text colour at 4.5:1 or more on its background.</summary>
public static class Theme
{
    public static MudTheme Default { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B5563",
            Secondary = "#7A3E00",
            AppbarBackground = "#0B5563",
            AppbarText = "#FFFFFF",
            Background = "#FFFFFF",
            TextPrimary = "#1F2328",
            TextSecondary = "#4A4F55",
            // MudBlazor's default red is 3.7:1 on white: too pale for an error message or a field's label in error (WCAG 1.4.3).
            Error = "#B3261E",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
