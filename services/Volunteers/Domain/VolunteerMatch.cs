using System.Text.Json.Serialization;

namespace ShareAlliance.Volunteers.Domain;

/// <summary>How far a match got, as matching tells it; a match only moves forward (a late or repeated message never goes back).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchStage>))]
public enum MatchStage
{
    Accepted = 1,
    Confirmed = 2,
    Ended = 3,
}

/// <summary>
/// A match a volunteer accepted, as the Match* contracts of the matching service tell it (id = the proposal's id). Its
/// confirmed hours are the volunteer's committed hours; while accepted or confirmed, the association that owns the need may
/// read the volunteer's contact details. Ids and hours only: the details themselves stay in <see cref="VolunteerDetails"/>.
/// </summary>
/// <remarks><see cref="ConfirmedAt"/> stays once the match ends (<see cref="ChangedAt"/> is then its end): an employer's programme counts the months between.</remarks>
public sealed record VolunteerMatch(
    Guid Id, Guid VolunteerId, Guid NeedId, Guid? AssociationId, MatchStage Stage, int HoursPerMonth, DateTimeOffset ChangedAt, DateTimeOffset? ConfirmedAt = null)
{
    /// <summary>Hours a month it commits the volunteer to: those confirmed, until it ends.</summary>
    public int CommittedHours => Stage == MatchStage.Confirmed ? HoursPerMonth : 0;

    /// <summary>Whether the need's association may contact the volunteer: from acceptance until the match ends.</summary>
    public bool Active => Stage is MatchStage.Accepted or MatchStage.Confirmed;

    /// <summary>
    /// This match after another message: a stage not beyond the one held changes nothing but the association, when only this
    /// message names it (an acceptance overtaken by its confirmation still opens the contact).
    /// </summary>
    public VolunteerMatch Advance(VolunteerMatch told) => told.Stage > Stage
        ? told with
        {
            AssociationId = told.AssociationId ?? AssociationId,
            HoursPerMonth = told.Stage == MatchStage.Ended ? HoursPerMonth : told.HoursPerMonth,
            ConfirmedAt = told.ConfirmedAt ?? ConfirmedAt,
        }
        : this with { AssociationId = AssociationId ?? told.AssociationId, ConfirmedAt = ConfirmedAt ?? told.ConfirmedAt };
}
