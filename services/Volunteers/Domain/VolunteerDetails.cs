namespace ShareAlliance.Volunteers.Domain;

/// <summary>
/// A volunteer's personal details, kept apart from their event stream so they can be deleted (GDPR): never in an
/// event, a bus message or a log. Id = the person's user id.
/// </summary>
public sealed record VolunteerDetails(Guid Id, string DisplayName, string? ContactEmail, string? ContactPhone, DateTimeOffset UpdatedAt);
