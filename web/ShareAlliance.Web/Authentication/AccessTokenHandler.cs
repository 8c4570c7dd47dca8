using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ShareAlliance.Web.Authentication;

/// <summary>
/// Puts the signed-in person's access token on every call of a typed API client (<c>.AddUserAccessToken()</c>). The person is
/// found from the circuit's authentication state in an interactive page, from the HttpContext while prerendering; the
/// token comes from the server-side session (<see cref="UserTokens"/>), refreshed when needed. Signed out: no header.
/// </summary>
public sealed class AccessTokenHandler(CircuitServicesAccessor circuit, IHttpContextAccessor httpContext, UserTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && await tokens.GetAccessTokenAsync(await UserAsync(), cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<ClaimsPrincipal?> UserAsync()
    {
        if (circuit.Services?.GetService<AuthenticationStateProvider>() is { } state)
        {
            return (await state.GetAuthenticationStateAsync()).User;
        }

        return httpContext.HttpContext?.User;
    }
}
