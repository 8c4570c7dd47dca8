using System.Net;
using ShareAlliance.DemoData.Plan;

namespace ShareAlliance.DemoData.Platform;

/// <summary>What the generator reads back of an association: <c>RegisteredAt</c> tells a replayed registration from a new one.</summary>
public sealed record AssociationState(Guid Id, string Status, DateTimeOffset RegisteredAt);

public sealed record NeedState(Guid Id, string Status, DateTimeOffset DraftedAt);

/// <summary>
/// The needs service's endpoints the generator uses, each POST with an Idempotency-Key so that a re-run gets the first
/// answer instead of a duplicate.
/// </summary>
public sealed class NeedsApi(HttpClient http)
{
    public async Task<AssociationState> RegisterAssociationAsync(string accessToken, AssociationPlan a, string key, CancellationToken cancellationToken)
    {
        var body = new { a.Name, a.Rna, a.Siren, a.Siret, a.Causes, a.Departement, a.City, a.Size, a.Description };
        using var request = Api.Request(HttpMethod.Post, "/associations", accessToken, body, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return response.StatusCode == HttpStatusCode.UnprocessableEntity
            ? throw new ApiException($"Association {a.Number} was registered by an earlier run with other content (its Idempotency-Key '{key}' "
                + "came with another body): another version of the generator, or other options. Use another --seed, or start from an empty database.")
            : await Api.ReadAsync<AssociationState>(response, HttpStatusCode.Created, $"registering association {a.Number} ({a.Name})", cancellationToken);
    }

    /// <summary>Verify or reject; null when the association was already decided by someone else (409), as a re-run may find.</summary>
    public async Task<AssociationState?> ReviewAsync(string coordinatorToken, Guid id, ReviewPlan review, string key, CancellationToken cancellationToken)
    {
        var reject = review.Decision == ReviewDecision.Reject;
        var (action, body) = reject ? ("reject", new { reason = review.Reason }) : ("verify", null);
        using var request = Api.Request(HttpMethod.Post, $"/associations/{id}/{action}", coordinatorToken, body, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict
            ? null
            : await Api.ReadAsync<AssociationState>(response, HttpStatusCode.OK, $"{(reject ? "rejecting" : "verifying")} association {id}", cancellationToken);
    }

    public async Task<AssociationState> GetAssociationAsync(string accessToken, Guid id, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Get, $"/associations/{id}", accessToken);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<AssociationState>(response, HttpStatusCode.OK, $"reading association {id}", cancellationToken);
    }

    /// <summary>
    /// Null when the key was first used with other content (422): a run on an earlier day drafted this need with other
    /// deadlines, so it exists already and its id is not ours to know.
    /// </summary>
    public async Task<NeedState?> DraftAsync(string accessToken, Guid associationId, NeedPlan n, string key, CancellationToken cancellationToken)
    {
        var body = new
        {
            associationId,
            n.Title,
            n.Description,
            n.Category,
            n.Format,
            n.WorkMode,
            n.Place,
            n.EffortHours,
            n.Deadline,
            n.Urgency,
            n.Languages,
            n.RequiredSkills,
            n.Budget,
            n.Sensitive,
        };
        using var request = Api.Request(HttpMethod.Post, "/needs", accessToken, body, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return response.StatusCode == HttpStatusCode.UnprocessableEntity
            ? null
            : await Api.ReadAsync<NeedState>(response, HttpStatusCode.Created, $"drafting need '{n.Title}'", cancellationToken);
    }

    public async Task<NeedState> PublishAsync(string accessToken, Guid id, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/needs/{id}/publish", accessToken, idempotencyKey: key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<NeedState>(response, HttpStatusCode.OK, $"publishing need {id}", cancellationToken);
    }

    public async Task<NeedState> CancelAsync(string accessToken, Guid id, string reason, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/needs/{id}/cancel", accessToken, new { reason }, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<NeedState>(response, HttpStatusCode.OK, $"cancelling need {id}", cancellationToken);
    }
}
