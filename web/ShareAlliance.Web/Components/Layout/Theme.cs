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
            // Error and success texts under fields and in alerts: MudBlazor's defaults are under 4.5:1 on white.
            Error = "#B42318",
            Success = "#1E6B34",
            Warning = "#8A4B00",
            Info = "#1D4E89",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
