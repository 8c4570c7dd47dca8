namespace ShareAlliance.Web.Services;

// The services' public figures as they answer them (read by FundingClient, MatchingClient and NeedsClient).

/// <summary>A need's funding gap in euros: pledged awaits confirmation, confirmed is confirmed, remaining is left to fund.</summary>
public sealed record NeedFunding(Guid NeedId, decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining)
{
    /// <summary>Euros funders promised, pending or confirmed.</summary>
    public decimal Promised => Pledged + Confirmed;
}

/// <summary>Money for a group of needs with a budget (Key: a category or région code; null: all, or needs without a place).</summary>
public sealed record FundingShare(string? Key, int Needs, int Funded, decimal Budget, decimal Pledged, decimal Confirmed, decimal Gap)
{
    public decimal Promised => Pledged + Confirmed;
}

public sealed record FundingDay(DateOnly Day, decimal Pledged, decimal Confirmed)
{
    public decimal Promised => Pledged + Confirmed;
}

public sealed record FundingFigures(FundingShare Total, IReadOnlyList<FundingShare> ByCategory, IReadOnlyList<FundingShare> ByRegion, IReadOnlyList<FundingDay> Days);

public sealed record MatchShare(string? Category, long Matches, long HoursPerMonth);

public sealed record MatchDay(DateOnly Day, long Matches, long HoursPerMonth);

public sealed record MatchFigures(MatchShare Total, long Volunteers, long NeedsStaffed, IReadOnlyList<MatchShare> ByCategory, IReadOnlyList<MatchDay> Days);

/// <summary>At the end of a day: the needs published, staffed and completed so far.</summary>
public sealed record NeedsDay(DateOnly Day, long Published, long Staffed, long Completed);
