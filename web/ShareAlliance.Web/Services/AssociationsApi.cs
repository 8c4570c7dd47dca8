namespace ShareAlliance.Web.Services;

/// <summary>What the association pages send and read (the needs service's shapes, by their JSON names).</summary>
public sealed record AssociationRegistration(
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string> Causes,
    string Departement,
    string City,
    string? Size,
    string? Description);

/// <summary>An association as its members and coordinators see it (GET /associations/{id}, registration, the review queue).</summary>
public sealed record AssociationDetails(
    Guid Id,
    long Version,
    string Status,
    string? StatusReason,
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string> Causes,
    string Departement,
    string City,
    string Size,
    string Description,
    DateTimeOffset RegisteredAt);

public sealed record NeedDraft(
    Guid AssociationId,
    string Title,
    string? Description,
    string Category,
    string? Format,
    string? WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly? Deadline,
    string? Urgency,
    IReadOnlyList<string> Languages,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    bool Sensitive);

/// <summary>A need's whole editable content, as PUT /needs/{id} replaces it (the association stays the same).</summary>
public sealed record NeedEdit(
    string Title,
    string? Description,
    string Category,
    string? Format,
    string? WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly? Deadline,
    string? Urgency,
    IReadOnlyList<string> Languages,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    bool Sensitive);

/// <summary>A volunteer ranked for a need: an opaque id, a score, the reasons, and the proposal if one was made.</summary>
public sealed record NeedMatch(Guid VolunteerId, float Score, IReadOnlyList<string> Reasons, Guid? ProposalId, string? ProposalStatus);

public sealed record NeedMatches(Guid NeedId, IReadOnlyList<NeedMatch> Matches);
