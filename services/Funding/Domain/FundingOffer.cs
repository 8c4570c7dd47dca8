using System.Text.Json.Serialization;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Funding.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<OfferStatus>))]
public enum OfferStatus
{
    Draft,
    Open,
    Closed,
    Exhausted,
}

/// <summary>
/// A funder's offer, rebuilt from its events: draft → open → closed | exhausted. Decisions are pure: each returns the
/// event to append or refuses with a <see cref="RuleViolationException"/> (409) naming the rule.
/// </summary>
public sealed record FundingOffer(Guid Id, Guid FunderId, OfferTerms Terms, OfferStatus Status, decimal Reserved, DateTimeOffset DraftedAt)
{
    public long Version { get; set; }

    /// <summary>Euros not yet pledged: pending and confirmed pledges both hold their amount.</summary>
    public decimal Remaining => Terms.TotalBudget - Reserved;

    public static OfferDrafted Draft(Guid id, Guid funderId, OfferTerms terms, Guid by, DateTimeOffset now) =>
        new(id, funderId, terms with { Title = terms.Title.Trim(), Description = terms.Description.Trim() }, by, now);

    public OfferOpened Open(Guid by, DateTimeOffset now)
    {
        if (Status != OfferStatus.Draft)
        {
            throw Refused("offer-not-draft", $"Only a draft offer can be opened; this one is {Status}.");
        }

        return Terms.Deadline < Today(now)
            ? throw Refused("offer-deadline-passed", "The offer's deadline is in the past.")
            : new(Id, Snapshot(OfferStatus.Open, Remaining), by, now);
    }

    public OfferClosed Close(Guid by, DateTimeOffset now) => Status is OfferStatus.Open or OfferStatus.Exhausted
        ? new(Id, Snapshot(OfferStatus.Closed, Remaining), by, now)
        : throw Refused("offer-not-open", $"Only an open or exhausted offer can be closed; this one is {Status}.");

    /// <summary>Takes a pledge's amount; the offer is exhausted once nothing is left.</summary>
    public OfferFundsReserved Reserve(Guid pledgeId, Guid needId, decimal amount, DateTimeOffset now)
    {
        EnsureOpen(now);
        if (amount > Remaining)
        {
            throw Refused("over-offer-budget", $"The offer has {Remaining:0.00} € left; {amount:0.00} € is more than that.");
        }

        var remaining = Remaining - amount;
        return new(Id, pledgeId, needId, amount, Snapshot(remaining == 0 ? OfferStatus.Exhausted : OfferStatus.Open, remaining), now);
    }

    /// <summary>Gives a cancelled pledge's amount back. An exhausted offer opens again; a closed one stays closed.</summary>
    public OfferFundsReleased Release(Guid pledgeId, Guid needId, decimal amount, DateTimeOffset now) =>
        new(Id, pledgeId, needId, amount, Snapshot(Status == OfferStatus.Exhausted ? OfferStatus.Open : Status, Remaining + amount), now);

    public void EnsureOpen(DateTimeOffset now)
    {
        if (Status != OfferStatus.Open)
        {
            throw Refused("offer-not-open", $"The offer is {Status}: pledges come only from an open offer.");
        }

        if (Terms.Deadline < Today(now))
        {
            throw Refused("offer-deadline-passed", $"The offer's deadline ({Terms.Deadline:yyyy-MM-dd}) has passed.");
        }
    }

    /// <summary>
    /// Why this offer may not fund the need, or null when it may. A remote need has no place of its own: it counts as
    /// being where its association sits, so a régional funder funds the associations of its territory whatever the work
    /// mode (and an association funding does not know the place of is not eligible to a territorial offer).
    /// </summary>
    public RuleViolationException? RefusalFor(KnownNeed need, KnownAssociation association)
    {
        if (!need.IsOpen || need.Facts is not { } facts)
        {
            return Refused("need-not-published", $"The need is {need.Status}: only published needs can be funded.");
        }

        if (!association.MayBeFunded)
        {
            return Refused("association-not-verified", $"The need's association is {association.Status}: its needs cannot be funded.");
        }

        if (facts.Budget is not > 0)
        {
            return Refused("need-without-budget", "The need asks for no money.");
        }

        if (Terms.Categories.Count > 0 && !Terms.Categories.Contains(facts.Category, StringComparer.Ordinal))
        {
            return Refused("category-not-eligible", $"The offer funds {string.Join(", ", Terms.Categories)} needs; this one is {facts.Category}.");
        }

        if (Terms.Formats.Count > 0 && !Terms.Formats.Contains(facts.Format, StringComparer.Ordinal))
        {
            return Refused("format-not-eligible", $"The offer funds {string.Join(", ", Terms.Formats)} needs; this one is {facts.Format}.");
        }

        if (Terms.Causes.Count > 0 && !association.Causes.Any(c => Terms.Causes.Contains(c, StringComparer.Ordinal)))
        {
            return Refused("cause-not-eligible", $"The offer funds the causes {string.Join(", ", Terms.Causes)}; the association works on none of them.");
        }

        var place = PlaceOf(facts, association);
        if (Terms.EligibleDepartements.Count > 0 && (place is null || !Terms.EligibleDepartements.Contains(place, StringComparer.Ordinal)))
        {
            return Refused("place-not-eligible", $"The offer funds needs in {Territory()}; this one is in {place ?? "an unknown place"}.");
        }

        return null;
    }

    public static string? PlaceOf(NeedFacts facts, KnownAssociation association) => facts.Departement ?? association.Departement;

    public static FundingOffer Create(OfferDrafted e) => new(e.OfferId, e.FunderId, e.Terms, OfferStatus.Draft, 0m, e.DraftedAt);

    public FundingOffer Apply(OfferOpened e) => With(e.Snapshot);

    public FundingOffer Apply(OfferClosed e) => With(e.Snapshot);

    public FundingOffer Apply(OfferFundsReserved e) => With(e.Snapshot);

    public FundingOffer Apply(OfferFundsReleased e) => With(e.Snapshot);

    public FundingOffer Next(object decided) => decided switch
    {
        OfferOpened e => Apply(e),
        OfferClosed e => Apply(e),
        OfferFundsReserved e => Apply(e),
        OfferFundsReleased e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing offer.", nameof(decided)),
    };

    private FundingOffer With(OfferSnapshot s) => this with { Status = s.Status, Reserved = Terms.TotalBudget - s.Remaining };

    private OfferSnapshot Snapshot(OfferStatus status, decimal remaining) => new(FunderId, Terms, status, remaining);

    private string Territory() => string.Join(", ", Terms.Regions.Select(r => $"région {r}").Concat(Terms.Departements));

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private static RuleViolationException Refused(string code, string detail) => new(code, detail);
}
