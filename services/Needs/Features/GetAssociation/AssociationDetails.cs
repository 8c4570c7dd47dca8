using ShareAlliance.Needs.Domain;

namespace ShareAlliance.Needs.Features.GetAssociation;

public sealed record AssociationDetails(
    Guid Id,
    long Version,
    AssociationStatus Status,
    string? StatusReason,
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string> Causes,
    string Departement,
    string City,
    AssociationSize Size,
    string Description,
    DateTimeOffset RegisteredAt)
{
    public static AssociationDetails From(Association a) => new(
        a.Id, a.Version, a.Status, a.StatusReason, a.Profile.Name, a.Profile.Rna, a.Profile.Siren, a.Profile.Siret, a.Profile.Causes,
        a.Profile.Departement, a.Profile.City, a.Profile.Size, a.Profile.Description, a.RegisteredAt);
}
