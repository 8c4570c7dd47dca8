namespace ShareAlliance.Matching.Engine;

/// <summary>A funding offer as the fit weighs it (empty lists: any). Money in euros.</summary>
public sealed record OfferFacts(
    Guid Id,
    bool Open,
    decimal Remaining,
    decimal MaximumPerNeed,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> Formats,
    DateOnly Deadline);

/// <summary>
/// A need with a budget as the fit weighs it: <paramref name="Gap"/> is what funders may still cover (budget − pledged −
/// confirmed); <paramref name="Departement"/> is the need's place, or its association's for remote work.
/// </summary>
public sealed record FundableNeedFacts(
    Guid Id,
    string Category,
    IReadOnlyList<string> Causes,
    string? Departement,
    string Format,
    decimal Gap,
    DateOnly Deadline,
    Urgency Urgency);

/// <summary>One eligible (offer, need) pair: the score (0–100), what the offer could give, and the terms behind the score.</summary>
public sealed record FundingMatch(Guid OfferId, Guid NeedId, float Score, decimal Fundable, float GapCovered, float UrgencyFit, float CategoryFit, float CauseFit);

/// <summary>
/// Funding fit: which needs an offer may fund and in what order, and which offers may fund a need. Eligibility is hard
/// (open offer, gap left, category / cause / département / format within the offer's criteria, deadlines ahead);
/// the score is 40 × share of the gap the offer can cover + 30 × urgency (with the deadline's closeness) + 15 × category
/// fit + 15 × cause fit (a criterion the offer names explicitly counts 1, an offer open to any counts ½).
/// </summary>
public static class FundingFit
{
    public static IReadOnlyList<FundingMatch> NeedsFor(OfferFacts offer, IEnumerable<FundableNeedFacts> needs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(needs);
        return [.. needs.Select(n => Fit(offer, n, today)).OfType<FundingMatch>().OrderByDescending(m => m.Score).ThenBy(m => m.NeedId)];
    }

    public static IReadOnlyList<FundingMatch> OffersFor(FundableNeedFacts need, IEnumerable<OfferFacts> offers, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(offers);
        return [.. offers.Select(o => Fit(o, need, today)).OfType<FundingMatch>().OrderByDescending(m => m.Score).ThenBy(m => m.OfferId)];
    }

    /// <summary>The pair's fit, or null when the offer may not fund the need.</summary>
    public static FundingMatch? Fit(OfferFacts offer, FundableNeedFacts need, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(need);
        var eligible = offer.Open && offer.Remaining > 0 && offer.MaximumPerNeed > 0 && need.Gap > 0
            && offer.Deadline >= today && need.Deadline >= today
            && Allows(offer.Categories, [need.Category])
            && Allows(offer.Causes, need.Causes)
            && Allows(offer.Formats, [need.Format])
            && (offer.Departements.Count == 0 || (need.Departement is { } d && offer.Departements.Contains(d, StringComparer.Ordinal)));
        if (!eligible)
        {
            return null;
        }

        var fundable = Math.Min(need.Gap, Math.Min(offer.Remaining, offer.MaximumPerNeed));
        var gapCovered = (float)(fundable / need.Gap);
        var daysLeft = need.Deadline.DayNumber - today.DayNumber;
        var closeness = daysLeft <= 30 ? 1f : daysLeft >= 180 ? 0f : (180f - daysLeft) / 150f;
        var urgency = ((((int)need.Urgency) / 3f) * 0.75f) + (closeness * 0.25f);
        var category = offer.Categories.Count == 0 ? 0.5f : 1f;
        var cause = offer.Causes.Count == 0 ? 0.5f : 1f;
        var score = (40 * gapCovered) + (30 * urgency) + (15 * category) + (15 * cause);
        return new FundingMatch(offer.Id, need.Id, score, fundable, gapCovered, urgency, category, cause);
    }

    private static bool Allows(IReadOnlyList<string> criteria, IEnumerable<string> values) =>
        criteria.Count == 0 || values.Any(v => criteria.Contains(v, StringComparer.Ordinal));
}
