using System.Diagnostics;
using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>
/// A token naming an organisation its holder registered. Identity grants ownership when the registration event reaches it
/// over the bus; GET /me shows when (and is not under the strict sign-in limit), then one refresh gives the token that says so.
/// </summary>
public static class OwnerTokens
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<string> ForAsync(IdentityApi identity, Tokens tokens, string kind, Guid organisationId, string registeredEvent, CancellationToken cancellationToken)
    {
        if (AccessToken.ActsFor(tokens.AccessToken, kind, organisationId))
        {
            return tokens.AccessToken;
        }

        var started = Stopwatch.GetTimestamp();
        while (!(await identity.MembershipsAsync(tokens.AccessToken, cancellationToken)).Any(m => m.Kind == kind && m.OrganisationId == organisationId))
        {
            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                throw new ApiException($"Identity did not make the member owner of {kind} {organisationId} within {Timeout.TotalSeconds:0} s: "
                    + $"does {registeredEvent} reach it over RabbitMQ (see identity's log and the broker's _error queues)?");
            }

            await Task.Delay(100, cancellationToken);
        }

        var refreshed = await identity.RefreshAsync(tokens.RefreshToken
            ?? throw new ApiException("Identity issued no refresh token (scope offline_access)."), cancellationToken);
        return AccessToken.ActsFor(refreshed.AccessToken, kind, organisationId)
            ? refreshed.AccessToken
            : throw new ApiException($"Identity lists the membership of {kind} {organisationId} but a new token does not carry it in its org claim.");
    }
}
