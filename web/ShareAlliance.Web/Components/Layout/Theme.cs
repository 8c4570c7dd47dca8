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
            // MudBlazor's default red, green, blue and orange are 1.7 to 3.7:1 on white: too pale for the text of an alert or a
            // field's label in error (WCAG 1.4.3 asks 4.5:1). These are 6:1 or more.
            Error = "#B3261E",
            Success = "#1E6B34",
            Info = "#0A5C8A",
            Warning = "#8A4A00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
