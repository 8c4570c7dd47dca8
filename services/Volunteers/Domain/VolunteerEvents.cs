namespace ShareAlliance.Volunteers.Domain;

/// <summary>
/// A change of what matching weighs. Each such event carries the facts as they are after it, so the relay publishes the
/// whole profile at the event's version without reading the stream back.
/// </summary>
public interface IVolunteerChange
{
    Guid VolunteerId { get; }

    VolunteerFacts After { get; }

    DateTimeOffset At { get; }
}

public sealed record VolunteerJoined(Guid VolunteerId, VolunteerFacts After, DateTimeOffset At) : IVolunteerChange;

public sealed record VolunteerProfileEdited(Guid VolunteerId, VolunteerFacts After, DateTimeOffset At) : IVolunteerChange;

public sealed record VolunteerVerified(Guid VolunteerId, Guid VerifiedBy, VolunteerFacts After, DateTimeOffset At) : IVolunteerChange;

public sealed record VolunteerPaused(Guid VolunteerId, VolunteerFacts After, DateTimeOffset At) : IVolunteerChange;

public sealed record VolunteerResumed(Guid VolunteerId, VolunteerFacts After, DateTimeOffset At) : IVolunteerChange;

public sealed record VolunteerWithdrew(Guid VolunteerId, DateTimeOffset WithdrewAt);
