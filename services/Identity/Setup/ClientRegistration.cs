using OpenIddict.Abstractions;
using ShareAlliance.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ShareAlliance.Identity.Setup;

/// <summary>Configuration is the source of truth for OAuth clients: created, updated (secrets rotated) or removed at start-up.</summary>
public static class ClientRegistration
{
    public static async Task SyncAsync(IOpenIddictApplicationManager applications, IEnumerable<ClientSettings> clients, CancellationToken cancellationToken)
    {
        var configured = clients.Where(c => !string.IsNullOrWhiteSpace(c.ClientId)).ToList();
        foreach (var client in configured)
        {
            var descriptor = Describe(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }

        var known = configured.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!known.Contains(await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty))
            {
                stale.Add(application);
            }
        }

        foreach (var application in stale)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(ClientSettings client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            DisplayName = client.DisplayName ?? client.ClientId,
            ConsentType = ConsentTypes.Implicit,
        };

        if (client.Secret is { Length: > 0 } secret)
        {
            CheckRights(client);
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.ClientSecret = secret;
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
            return descriptor;
        }

        if (client.RedirectUris.Count == 0)
        {
            throw new InvalidOperationException($"Client '{client.ClientId}' has neither a secret nor redirect URIs: configure one of them.");
        }

        // A browser application cannot keep a secret: authorization code with PKCE, and rotating refresh tokens.
        descriptor.ClientType = ClientTypes.Public;
        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    // A typo in a role or organisation would silently give a client no rights, or rights nobody checks: refuse to start.
    private static void CheckRights(ClientSettings client)
    {
        var unknownRole = client.Roles.FirstOrDefault(r => !Roles.All.Contains(r, StringComparer.Ordinal));
        var badOrganisation = client.Organisations.FirstOrDefault(o =>
            o.Split(':', 2) is not [var kind, var id] || !OrganisationKinds.IsKnown(kind) || !Guid.TryParse(id, out _));
        if (unknownRole is not null || badOrganisation is not null)
        {
            throw new InvalidOperationException(
                $"Client '{client.ClientId}': roles are among {string.Join(", ", Roles.All)}; organisations read '<kind>:<guid>' "
                + $"with kind among {string.Join(", ", OrganisationKinds.All)} (found '{unknownRole ?? badOrganisation}').");
        }
    }
}
