using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ShareAlliance.Identity.Setup;

public static class TokenServerSetup
{
    /// <summary>
    /// OpenIddict: discovery, JWKS, authorization code + PKCE, client credentials, rotating refresh tokens, short-lived
    /// access tokens as plain signed JWTs (other services validate them with JwtBearer through the JWKS).
    /// </summary>
    public static WebApplicationBuilder AddTokenServer(this WebApplicationBuilder builder, IdentitySettings settings)
    {
        var environment = builder.Environment;
        var localRun = LocalRun.Applies(environment, settings);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                // "plain" PKCE protects nothing once the authorization request is seen: S256 only (OAuth 2.1).
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    .SetRefreshTokenReuseLeeway(settings.RefreshTokenReuseLeeway);
                server.DisableAccessTokenEncryption();
                if (settings.Issuer is { } issuer)
                {
                    server.SetIssuer(issuer);
                }

                AddKeys(server, settings, environment, localRun);

                var host = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (localRun)
                {
                    host.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                validation.AddAudiences(TokenPrincipals.Audience);
                // A deleted account's or a revoked session's tokens stop working here at once (other services: at expiry).
                validation.EnableTokenEntryValidation();
            });

        builder.Services.AddScoped<TokenPrincipals>();
        return builder;
    }

    // Every replica must sign with the same key, and keep it across restarts: deployments configure certificates.
    private static void AddKeys(OpenIddictServerBuilder server, IdentitySettings settings, IHostEnvironment environment, bool localRun)
    {
        if (settings.SigningCertificate is { Path: not null } signing && settings.EncryptionCertificate is { Path: not null } encryption)
        {
            server.AddSigningCertificate(Certificates.Load(signing)).AddEncryptionCertificate(Certificates.Load(encryption));
        }
        else if (environment.IsDevelopment())
        {
            // Kept in the user's certificate store: tokens outlive a restart of ./run.sh.
            server.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
        }
        else if (localRun)
        {
            server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
        }
        else
        {
            throw new InvalidOperationException(
                "Configure Identity:SigningCertificate:Path and Identity:EncryptionCertificate:Path (PKCS#12 files, with :Password) "
                + "so every replica signs with the same keys.");
        }
    }
}
