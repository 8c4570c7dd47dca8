using Mediator;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Domain;
using ShareAlliance.Identity.Features.AddMember;
using ShareAlliance.Identity.Features.Authorize;
using ShareAlliance.Identity.Features.ConfirmEmail;
using ShareAlliance.Identity.Features.DeleteMe;
using ShareAlliance.Identity.Features.EndSession;
using ShareAlliance.Identity.Features.ExportMe;
using ShareAlliance.Identity.Features.ForgotPassword;
using ShareAlliance.Identity.Features.GetMe;
using ShareAlliance.Identity.Features.GrantOwnership;
using ShareAlliance.Identity.Features.ListMembers;
using ShareAlliance.Identity.Features.Login;
using ShareAlliance.Identity.Features.Logout;
using ShareAlliance.Identity.Features.Register;
using ShareAlliance.Identity.Features.ResetPassword;
using ShareAlliance.Identity.Features.SignIn;
using ShareAlliance.Identity.Features.Token;
using ShareAlliance.Identity.Integration;
using ShareAlliance.Identity.Setup;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity;

/// <summary>The table of contents of the identity service: stores, token server, every endpoint and validator, the relay.</summary>
public static class IdentityModule
{
    public static WebApplicationBuilder AddIdentityModule(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        builder.Services.Configure<IdentitySettings>(builder.Configuration.GetSection(IdentitySettings.Section));

        builder.AddIdentityStore(settings);
        builder.AddAccounts(settings);
        builder.AddTokenServer(settings);

        // Marten in Identity's own database, so the account deletion and its event share one transaction (DeleteMe).
        var identityDatabase = builder.Configuration.IdentityConnectionString();
        builder.AddEventStore("identity", options =>
            {
                options.Connection(identityDatabase);
                options.Events.AddEventType<AccountDeleted>();
            })
            .AddEventRelay<IdentityRelay>();
        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<AssociationRegisteredConsumer>();
            bus.AddConsumer<EmployerRegisteredConsumer>();
            bus.AddConsumer<FunderRegisteredConsumer>();
        });

        // The sign-in page: server-rendered components (no interactivity), its form protected by an anti-forgery token.
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sharealliance.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddScoped<OrganisationAccess>();
        builder.Services.AddScoped<Memberships>();
        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddValidatorsOf(typeof(IdentityModule).Assembly);
        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.UseAuthenticationOnce();

        app.MapRegister();
        app.MapConfirmEmail();
        app.MapLogin();
        app.MapLogout();
        app.MapForgotPassword();
        app.MapResetPassword();

        app.MapSignIn();
        app.MapAuthorize();
        app.MapEndSession();
        app.MapToken();

        app.MapGetMe();
        app.MapExportMe();
        app.MapDeleteMe();

        app.MapAddMember();
        app.MapListMembers();
        app.MapGrantOwnership();
        return app;
    }

    // After the shared problem-details middleware, so a refused token also gets a problem body. ServiceDefaults may add
    // them too (deny by default): UseAuthentication twice would run OpenIddict's request handling twice, hence the check.
    private static void UseAuthenticationOnce(this WebApplication app)
    {
        var properties = ((IApplicationBuilder)app).Properties;
        if (!properties.ContainsKey("__AuthenticationMiddlewareSet"))
        {
            app.UseAuthentication();
        }

        if (!properties.ContainsKey("__AuthorizationMiddlewareSet"))
        {
            app.UseAuthorization();
        }
    }
}
