using Marten;
using Marten.Events;
using Marten.Storage;
using Npgsql;

namespace ShareAlliance.ServiceDefaults.Persistence;

/// <summary>How many events of one type were stored on one day (Paris time), and the sum of one of their number fields.</summary>
public sealed record EventDay(DateOnly Day, Type EventType, long Count, decimal Sum);

/// <summary>
/// Daily figures read straight from the stored events, for the public dashboards. A query rather than a projection: it
/// covers every event stored before the figures existed (no rebuild when deployed), it cannot drift from the store, and
/// at an alliance's scale (a few events per need, per pledge, per match) one grouped scan of the events table is cheap.
/// </summary>
public static class EventDays
{
    /// <summary>The Paris day each event was stored on, per type; <paramref name="sumField"/> names a number field of the events (as stored: PascalCase).</summary>
    public static async Task<IReadOnlyList<EventDay>> ReadAsync(
        IQuerySession session, IReadOnlyList<Type> eventTypes, string? sumField, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(eventTypes);
        var events = (EventGraph)session.DocumentStore.Options.Events;
        var byName = eventTypes.ToDictionary(t => events.EventMappingFor(t).EventTypeName, StringComparer.Ordinal);
        var sum = sumField is null ? "0" : "coalesce(sum((data ->> @field)::numeric), 0)";

        await using var connection = session.Database.CreateConnection(ConnectionUsage.Read);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            select (timestamp at time zone 'Europe/Paris')::date as day, type, count(*), {sum}
            from {events.DatabaseSchemaName}.mt_events where type = any(@types) and not is_archived
            group by 1, 2 order by 1, 2
            """,
            connection);
        command.Parameters.AddWithValue("types", byName.Keys.ToArray());
        if (sumField is not null)
        {
            command.Parameters.AddWithValue("field", sumField);
        }

        var days = new List<EventDay>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(new(await reader.GetFieldValueAsync<DateOnly>(0, cancellationToken), byName[reader.GetString(1)], reader.GetInt64(2), reader.GetDecimal(3)));
        }

        return days;
    }
}
