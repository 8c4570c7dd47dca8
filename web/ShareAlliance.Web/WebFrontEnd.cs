using Microsoft.Extensions.Diagnostics.HealthChecks;
using MudBlazor.Services;
using ShareAlliance.Web.Account;
using ShareAlliance.Web.Authentication;
using ShareAlliance.Web.Localization;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web;

/// <summary>The table of contents of the front end: its services, sign-in, the services' API clients, languages, endpoints.</summary>
public static class WebFrontEnd
{
    public static void AddWebFrontEnd(this WebApplicationBuilder builder)
    {
        // Serves the packages' files (MudBlazor's CSS and JS) from the build output in every environment, as run.sh and the
        // browser tests run it; a published app has them in wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        builder.AddSignIn();
        builder.AddServiceClients();
    }

    public static void UseWebFrontEnd(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(Cultures.Options());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health/ready");
        app.MapHealthChecks("/health/live");
        app.MapCultureSwitch();
        app.MapSignIn();
        app.MapAccountEndpoints();
    }
}
