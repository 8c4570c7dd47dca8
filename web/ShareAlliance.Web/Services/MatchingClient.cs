namespace ShareAlliance.Web.Services;

/// <summary>The matching service's API (proposals, matches, rounds, fundable needs, the alliance's hours figures), called with the signed-in person's token.</summary>
public sealed class MatchingClient(HttpClient http) : ApiClient(http, "matching")
{
    /// <summary>The volunteer hours confirmed matches commit (public): totals, by category, per day.</summary>
    public Task<MatchFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MatchFigures>("matches/figures", cancellationToken);

    /// <summary>
    /// Coordinators: a coordinated round over the whole alliance; unless a dry run, its plan becomes proposals. The same
    /// idempotency key again returns the first round instead of running another.
    /// </summary>
    public Task<ApiResult<RoundDetails>> RunRoundAsync(bool dryRun, string idempotencyKey, CancellationToken cancellationToken = default) =>
        SendAsync<RoundDetails>(HttpMethod.Post, "rounds", new { dryRun }, cancellationToken, idempotencyKey);

    /// <summary>Coordinators: a round's plan and figures; null when there is no such round.</summary>
    public Task<RoundDetails?> GetRoundAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<RoundDetails>($"rounds/{id}", cancellationToken);

    /// <summary>
    /// The needs an offer may fund, best fit first (GET /offers/{id}/fundable-needs: the offer's funder); null while matching
    /// has not heard of the offer yet (it learns of it from the bus a moment after it opens).
    /// </summary>
    public Task<IReadOnlyList<FundableNeed>?> FundableNeedsAsync(Guid offerId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<IReadOnlyList<FundableNeed>>($"offers/{offerId}/fundable-needs", cancellationToken);

    /// <summary>The volunteers ranked for a need, with their reasons and any proposal (the need's association only).</summary>
    public Task<NeedMatches?> GetNeedMatchesAsync(Guid needId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedMatches>($"needs/{needId}/matches?top=10", cancellationToken);

    /// <summary>The association confirms a proposal the volunteer accepted.</summary>
    public Task<ApiResult<object>> ConfirmProposalAsync(Guid proposalId, CancellationToken cancellationToken = default) =>
        SendAsync<object>(HttpMethod.Post, $"proposals/{proposalId}/confirm", new { }, cancellationToken);

    /// <summary>Volunteers: the proposals made to them, newest first, with their reasons and status.</summary>
    public Task<IReadOnlyList<MyProposal>> MyProposalsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MyProposal>>("volunteers/me/proposals", cancellationToken);

    /// <summary>Volunteers: accept a proposal (its hours are held; the association confirms next). The proposal as it now stands.</summary>
    public Task<ApiResult<MyProposal>> AcceptProposalAsync(Guid proposalId, CancellationToken cancellationToken = default) =>
        SendAsync<MyProposal>(HttpMethod.Post, $"proposals/{proposalId}/accept", new { }, cancellationToken);

    /// <summary>Volunteers: decline a proposal with a reason code (<see cref="MyProposal.DeclineReasons"/>). The proposal as it now stands.</summary>
    public Task<ApiResult<MyProposal>> DeclineMyProposalAsync(Guid proposalId, string reasonCode, CancellationToken cancellationToken = default) =>
        SendAsync<MyProposal>(HttpMethod.Post, $"proposals/{proposalId}/decline", new { reasonCode }, cancellationToken);

    /// <summary>Declines a proposal with a reason code (association: profile-mismatch, need-changed, already-staffed, other).</summary>
    public Task<ApiResult<object>> DeclineProposalAsync(Guid proposalId, string reasonCode, CancellationToken cancellationToken = default) =>
        SendAsync<object>(HttpMethod.Post, $"proposals/{proposalId}/decline", new { reasonCode }, cancellationToken);
}

/// <summary>
/// A proposal as matching answers it to its volunteer: the need, the score (0–100) and the engine's reasons (sentences of
/// fixed forms, see <c>ProposalReasons</c>), the skills covered, the hours a month it asks, its status and dates.
/// </summary>
public sealed record MyProposal(
    Guid Id,
    Guid NeedId,
    Guid AssociationId,
    float Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> CoveredSkills,
    int HoursPerMonth,
    string Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    int? ConfirmedHours,
    string? DeclinedBy,
    string? ReasonCode)
{
    /// <summary>Why a volunteer may decline (matching's Proposal.VolunteerReasons).</summary>
    public static readonly IReadOnlyList<string> DeclineReasons = ["no-time", "not-interested", "skills-mismatch", "other"];

    /// <summary>Still waiting for the volunteer's answer.</summary>
    public bool AwaitsAnswer => Status == "Proposed";

    /// <summary>The volunteer may still decline it (awaiting an answer, or accepted but not yet confirmed).</summary>
    public bool MayDecline => Status is "Proposed" or "Accepted";

    public bool IsOpen => Status is "Proposed" or "Accepted" or "Confirmed";
}

/// <summary>A coordinated round as run: the exact plan, its figures beside greedy's, and the proposals it made (none for a dry run).</summary>
public sealed record RoundDetails(
    Guid Id,
    bool DryRun,
    int Needs,
    int Volunteers,
    int CandidateArcs,
    IReadOnlyList<RoundAssignment> Assignments,
    IReadOnlyList<RoundNeedOutcome> Outcomes,
    PlanMetrics Exact,
    PlanMetrics Greedy,
    IReadOnlyList<Guid> Proposals,
    DateTimeOffset CompletedAt,
    double Gain,
    double GreedyShare);

/// <summary>Hours of one volunteer for one required skill of one need; <c>OneLevelBelow</c>: they hold it one level under the minimum.</summary>
public sealed record RoundAssignment(Guid VolunteerId, Guid NeedId, string Skill, int Hours, bool OneLevelBelow);

/// <summary>What the plan gives one need.</summary>
public sealed record RoundNeedOutcome(Guid NeedId, int RequiredHours, int AssignedHours, double Coverage, bool FullyStaffed, int TeamSize, int Employers);

/// <summary>A plan's figures: mean coverage (0–1), hours assigned, needs fully staffed, value (Σ priority × coverage).</summary>
public sealed record PlanMetrics(double Coverage, long HoursAssigned, int NeedsFullyStaffed, double Value);

/// <summary>A need an offer may fund: its gap, what the offer may give it, and the fit (0–100).</summary>
public sealed record FundableNeed(Guid NeedId, Guid AssociationId, string Title, string Category, DateOnly Deadline, decimal Gap, decimal Fundable, float Score);
