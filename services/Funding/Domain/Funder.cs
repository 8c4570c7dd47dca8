using System.Text.Json.Serialization;

namespace ShareAlliance.Funding.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<FunderType>))]
public enum FunderType
{
    Foundation,
    EndowmentFund,
    Company,
    PublicBody,
}

// A funder's name is an organisation's, not a person's: it may sit in its stored event (never in a contract).
public sealed record FunderRegistered(Guid FunderId, string Name, FunderType Type, string? Siren, Guid OwnerUserId, DateTimeOffset RegisteredAt);

/// <summary>A funder (foundation, endowment fund, company, public body); the users acting for it manage its offers and pledges.</summary>
public sealed record Funder(Guid Id, string Name, FunderType Type, string? Siren, DateTimeOffset RegisteredAt)
{
    public long Version { get; set; }

    public static FunderRegistered Register(Guid id, string name, FunderType type, string? siren, Guid owner, DateTimeOffset now) =>
        new(id, name.Trim(), type, siren, owner, now);

    public static Funder Create(FunderRegistered e) => new(e.FunderId, e.Name, e.Type, e.Siren, e.RegisteredAt);
}
