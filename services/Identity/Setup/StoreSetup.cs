using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults;

namespace ShareAlliance.Identity.Setup;

public static class StoreSetup
{
    public const string ConnectionStringName = "Identity";

    public static string IdentityConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException(
            "Set ConnectionStrings__Identity: Identity keeps accounts in a database of its own (e.g. Database=sharealliance_identity).");

    /// <summary>EF Core on Identity's database; the Data Protection key ring in it; a readiness check on it.</summary>
    public static WebApplicationBuilder AddIdentityStore(this WebApplicationBuilder builder, IdentitySettings settings)
    {
        var connectionString = builder.Configuration.IdentityConnectionString();
        builder.Services.AddDbContext<IdentityDb>(options => options.UseNpgsql(connectionString).UseOpenIddict<Guid>());

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("sharealliance-identity")
            .PersistKeysToDbContext<IdentityDb>();
        if (settings.EncryptionCertificate is { Path: not null } encryption)
        {
            // The key ring protects reset and confirmation tokens: encrypted at rest wherever real keys are configured.
            var certificate = Certificates.Load(encryption);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        builder.Services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "identity-database", tags: [ServiceDefaultsExtensions.ReadyTag]);

        builder.Services.AddHostedService<IdentityInitializer>();
        return builder;
    }
}
