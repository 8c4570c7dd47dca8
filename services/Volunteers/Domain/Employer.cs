using System.Text.Json.Serialization;

namespace ShareAlliance.Volunteers.Domain;

/// <summary>Annual turnover, in bands: enough to size the sponsorship ceiling without asking for the exact figure.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TurnoverBand>))]
public enum TurnoverBand
{
    UpTo2M,
    UpTo10M,
    UpTo50M,
    UpTo250M,
    UpTo1500M,
    Above1500M,
}

public static class TurnoverBands
{
    /// <summary>
    /// The lowest turnover of the band, in euros: the valuation sizes the 0.5 % ceiling on it, so an estimate never promises
    /// a reduction the company's real turnover might not allow.
    /// </summary>
    public static decimal LowerBound(this TurnoverBand band) => band switch
    {
        TurnoverBand.UpTo2M => 0m,
        TurnoverBand.UpTo10M => 2_000_000m,
        TurnoverBand.UpTo50M => 10_000_000m,
        TurnoverBand.UpTo250M => 50_000_000m,
        TurnoverBand.UpTo1500M => 250_000_000m,
        _ => 1_500_000_000m,
    };
}

public sealed record EmployerRegistered(
    Guid EmployerId, Guid OwnerUserId, string CompanyName, string? Siren, string? Siret, TurnoverBand Turnover, DateTimeOffset RegisteredAt);

/// <summary>A company running skills-sponsorship programmes; whoever registered it administers it.</summary>
public sealed record Employer(Guid Id, Guid OwnerUserId, string CompanyName, string? Siren, string? Siret, TurnoverBand Turnover, DateTimeOffset RegisteredAt)
{
    public long Version { get; set; }

    public static EmployerRegistered Register(Guid id, Guid owner, string companyName, string? siren, string? siret, TurnoverBand turnover, DateTimeOffset now) =>
        new(id, owner, companyName.Trim(), siren, siret, turnover, now);

    public static Employer Create(EmployerRegistered e) => new(e.EmployerId, e.OwnerUserId, e.CompanyName, e.Siren, e.Siret, e.Turnover, e.RegisteredAt);
}
