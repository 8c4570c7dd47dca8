using System.Net;
using System.Text.Json;

namespace ShareAlliance.Web.Services;

/// <summary>The funding service's public API: a need's funding gap and the alliance's money figures.</summary>
public sealed class FundingClient(HttpClient http)
{
    /// <summary>The need's gap meter, or null when funding does not know the need (no budget to fund).</summary>
    public Task<NeedFunding?> GetNeedFundingAsync(Guid needId, CancellationToken cancellationToken = default) =>
        ServiceCall.GetOrNullAsync<NeedFunding>(http, "funding", $"needs/{needId}/funding", cancellationToken);

    public async Task<FundingFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        await ServiceCall.GetOrNullAsync<FundingFigures>(http, "funding", "funding/figures", cancellationToken) ?? throw new ServiceUnavailableException("funding");
}

/// <summary>The matching service's public API: the volunteer hours confirmed matches commit.</summary>
public sealed class MatchingClient(HttpClient http)
{
    public async Task<MatchFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        await ServiceCall.GetOrNullAsync<MatchFigures>(http, "matching", "matches/figures", cancellationToken) ?? throw new ServiceUnavailableException("matching");
}

/// <summary>One GET to a service: null on 404, <see cref="ServiceUnavailableException"/> when it does not answer well.</summary>
internal static class ServiceCall
{
    public static async Task<T?> GetOrNullAsync<T>(HttpClient http, string service, string path, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(NeedsClient.Json, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException(service, e);
        }
    }
}

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
