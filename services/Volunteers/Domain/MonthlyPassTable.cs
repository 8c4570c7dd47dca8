using System.Globalization;

namespace ShareAlliance.Volunteers.Domain;

/// <summary>
/// The monthly social-security ceiling (PASS) per year, from configuration (<c>Sponsorship:MonthlyPass:{year}</c>): it
/// changes each January and must not need a release. A year not configured yet takes the latest known one.
/// </summary>
public sealed class MonthlyPassTable(IReadOnlyDictionary<int, decimal> byYear)
{
    public decimal For(int year) => byYear.Count == 0
        ? throw new InvalidOperationException("Configure Sponsorship:MonthlyPass:{year} (PASS 2026: 4005).")
        : byYear.TryGetValue(year, out var pass) ? pass : byYear[byYear.Keys.Where(y => y <= year).DefaultIfEmpty(byYear.Keys.Min()).Max()];

    public static MonthlyPassTable From(IConfiguration configuration) => new(
        configuration.GetSection("Sponsorship:MonthlyPass").GetChildren()
            .ToDictionary(s => int.Parse(s.Key, CultureInfo.InvariantCulture), s => decimal.Parse(s.Value!, CultureInfo.InvariantCulture)));
}
