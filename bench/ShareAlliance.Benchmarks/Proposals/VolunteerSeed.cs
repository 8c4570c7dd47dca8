using System.Diagnostics;
using JasperFx;
using Marten;
using ShareAlliance.Benchmarks.Engine;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;
using Weasel.Core;

namespace ShareAlliance.Benchmarks.Proposals;

/// <summary>
/// Loads the volunteers into Matching's read model before Matching starts: the profiles of the engine benchmark's synthetic
/// alliance (EngineData, same seed), written with Marten's bulk insert (PostgreSQL COPY) into the schema the Matching
/// process is about to use, serialised the way the service serialises them. Matching then rebuilds its index from them at
/// start-up, exactly as after any restart. Sending 100,000 VolunteerProfileUpdated through the bus would take minutes of
/// one transaction each (and would propose needs to each profile); the measured path, need → proposals, is the same.
/// </summary>
internal static class VolunteerSeed
{
    public const int Seed = 20261124;

    /// <summary>Writes <paramref name="count"/> volunteers; returns how long the bulk insert took.</summary>
    public static async Task<TimeSpan> LoadAsync(string matchingSchema, int count, CancellationToken cancellationToken)
    {
        var data = new EngineData(Seed);
        var volunteers = Enumerable.Range(0, count).Select(i => Known(data.Volunteer(i).Facts)).ToList();
        using var store = DocumentStore.For(o =>
        {
            o.Connection(TestEnvironment.PostgresConnectionString);
            // As ServiceDefaults' AddEventStore configures every service's store: the documents must read back the same.
            o.UseSystemTextJsonForSerialization(EnumStorage.AsString);
            o.DatabaseSchemaName = matchingSchema;
            o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
        });
        var started = Stopwatch.StartNew();
        await store.BulkInsertAsync(volunteers, BulkInsertMode.InsertsOnly, batchSize: 10_000, cancellationToken);
        return started.Elapsed;
    }

    private static KnownVolunteer Known(Matching.Engine.VolunteerFacts f) => new(
        f.Id,
        new VolunteerFacts(
            [.. f.Skills.Select(s => new KnownSkillLevel(s.Skill, s.Level))], f.HoursPerMonth, f.AvailableFrom, f.AvailableUntil, f.Mode.ToString(),
            f.Departement, f.RadiusKm, f.Languages, f.Causes, f.Categories, f.AcceptsSensitiveNeeds, f.Verified, f.Paused),
        FactsVersion: 1,
        Withdrawn: false,
        WithdrawnVersion: 0,
        f.EmployerId is { } employer ? [new KnownEmployment(Guid.Empty, employer, 80)] : []);
}
