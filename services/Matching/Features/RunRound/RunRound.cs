using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.Features.ProposeMatches;
using ShareAlliance.Matching.Indexing;

namespace ShareAlliance.Matching.Features.RunRound;

public sealed record RunRoundCommand(bool? DryRun) : ICommand<Round>;

public sealed class RunRoundValidator : AbstractValidator<RunRoundCommand>
{
    public RunRoundValidator() => RuleFor(c => c.DryRun).NotNull();
}

/// <summary>
/// A coordinated round over the whole index: the exact plan (min-cost flow) beside greedy's, recorded as the round's one
/// event. Unless a dry run, each (volunteer, need) pair of the plan becomes a proposal carrying the round's id, for the
/// hours the plan gives it, through the same rules as real-time proposals (caps and earlier proposals re-checked).
/// The plan is computed on a snapshot of the index (<see cref="MatchingIndex.Snapshot"/>): updates never wait for a round.
/// </summary>
public sealed class RunRoundHandler(IDocumentSession session, MatchingIndex index, Proposer proposer, TimeProvider clock, RoundOptions options)
    : ICommandHandler<RunRoundCommand, Round>
{
    public async ValueTask<Round> Handle(RunRoundCommand command, CancellationToken cancellationToken)
    {
        var roundId = Guid.CreateVersion7();
        // Planned on a copy: the index's lock is held only while it is copied, not for the seconds a large round takes.
        var (volunteers, open) = index.Snapshot();
        var result = CoordinatedRound.Plan(volunteers, [.. open.Select(RoundNeed.From)], options);
        var needs = open.ToDictionary(n => n.Id);
        var candidates = result.Optimal.Assignments
            .GroupBy(a => (a.NeedId, a.VolunteerId))
            .Select(g =>
            {
                var query = needs[g.Key.NeedId];
                volunteers.TryGetSlot(g.Key.VolunteerId, out var slot);
                return new Candidate(g.Key.NeedId, g.Key.VolunteerId, Scorer.Score(query, volunteers, slot), Explainer.Explain(query, volunteers, slot), g.Sum(a => a.Hours));
            })
            .OrderByDescending(c => c.Score)
            .ToList();

        var proposals = command.DryRun == true
            ? []
            : await proposer.ProposeAsync(candidates, int.MaxValue, int.MaxValue, roundId, null, null, cancellationToken);
        var completed = new RoundCompleted(
            roundId, command.DryRun == true, result.Needs, result.Volunteers, result.CandidateArcs, result.Optimal.Assignments, result.Optimal.Needs,
            PlanMetrics.Of(result.Optimal), PlanMetrics.Of(result.Greedy), proposals, clock.GetUtcNow());
        session.Events.StartStream<Round>(roundId, completed);
        return Round.Create(completed) with { Version = 1 };
    }
}

public static class RunRoundEndpoint
{
    public static void MapRunRound(this IEndpointRouteBuilder app) =>
        app.MapPost("/rounds", async (RunRoundCommand command, ISender sender, CancellationToken ct) =>
            {
                var round = await sender.Send(command, ct);
                return TypedResults.Created($"/rounds/{round.Id}", round);
            })
            .RequireAuthorization(p => p.RequireRole(ServiceDefaults.Security.Roles.Coordinator))
            .WithName("RunRound")
            .WithSummary("Run a coordinated round over every open need and available volunteer; unless a dry run, its plan becomes proposals.")
            .WithTags("Rounds");
}
