using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ShareAlliance.ServiceDefaults.Security;

/// <summary>
/// Who is calling, read from the validated access token. Handlers ask it whether the caller acts for the organisation
/// that owns a resource (OWASP API1: broken object-level authorization is checked in the handler, on the loaded resource).
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>True when a valid access token came with the request.</summary>
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The caller's id (the token's <c>sub</c>); throws when there is no authenticated caller.</summary>
    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimNames.Subject), out var id)
        ? id
        : throw new InvalidOperationException("No authenticated user with a GUID subject in this scope.");

    /// <summary>Whether the caller has the role.</summary>
    public bool IsInRole(string role) => Principal.HasClaim(ClaimNames.Role, role);

    /// <summary>Coordinators may act on every organisation's resources.</summary>
    public bool IsCoordinator => IsInRole(Roles.Coordinator);

    /// <summary>Whether the caller acts for this organisation (a member of it, per its token).</summary>
    public bool ActsFor(string kind, Guid organisationId) =>
        Principal.HasClaim(ClaimNames.Organisation, OrganisationKinds.ClaimValue(kind, organisationId));

    /// <summary>Refuses (403) unless the caller acts for the organisation or is a coordinator.</summary>
    public void EnsureActsFor(string kind, Guid organisationId)
    {
        if (!ActsFor(kind, organisationId) && !IsCoordinator)
        {
            throw new ForbiddenException($"You do not act for this {kind}.");
        }
    }
}

/// <summary>The caller is known but may not do this: answered as 403.</summary>
public sealed class ForbiddenException(string detail) : Exception(detail);
