namespace ShareAlliance.Web.Services;

/// <summary>The matching service's API (proposals, matches, rounds), called with the signed-in person's token.</summary>
public sealed class MatchingClient(HttpClient http) : ApiClient(http, "matching")
{
    /// <summary>The volunteers ranked for a need, with their reasons and any proposal (the need's association only).</summary>
    public Task<NeedMatches?> GetNeedMatchesAsync(Guid needId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedMatches>($"needs/{needId}/matches?top=10", cancellationToken);

    /// <summary>The association confirms a proposal the volunteer accepted.</summary>
    public Task<ApiResult<object>> ConfirmProposalAsync(Guid proposalId, CancellationToken cancellationToken = default) =>
        SendAsync<object>(HttpMethod.Post, $"proposals/{proposalId}/confirm", new { }, cancellationToken);

    /// <summary>Declines a proposal with a reason code (association: profile-mismatch, need-changed, already-staffed, other).</summary>
    public Task<ApiResult<object>> DeclineProposalAsync(Guid proposalId, string reasonCode, CancellationToken cancellationToken = default) =>
        SendAsync<object>(HttpMethod.Post, $"proposals/{proposalId}/decline", new { reasonCode }, cancellationToken);
}
