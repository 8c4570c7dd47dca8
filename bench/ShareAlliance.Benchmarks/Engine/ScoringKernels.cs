using BenchmarkDotNet.Attributes;
using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Benchmarks.Engine;

/// <summary>
/// Scoring throughput, one thread: every (need, volunteer) pair scored in full (no pruning) by the engine's kernel over
/// its index, and by <see cref="LinqScorer"/> over the same volunteers' facts as objects (fewer of them: it is slower).
/// Results are per pair (OperationsPerInvoke).
/// </summary>
public class ScoringKernels
{
    public const int EngineVolunteers = 100_000;
    public const int LinqVolunteers = 5_000;
    public const int NeedCount = 8;

    private VolunteerIndex index = null!;
    private List<(VolunteerFacts Facts, VolunteerLoad Load)> facts = null!;
    private List<NeedFacts> needs = null!;
    private NeedQuery[] queries = null!;

    public static int Seed { get; set; } = 20261124;

    [GlobalSetup]
    public void Setup()
    {
        facts = [];
        index = EngineData.Volunteers(EngineVolunteers, Seed, facts);
        needs = EngineData.Needs(NeedCount, Seed + 1);
        queries = [.. needs.Select(n => NeedQuery.Build(n, index, MatchingWeights.Default, EngineData.Today))];
    }

    [Benchmark(OperationsPerInvoke = EngineVolunteers * NeedCount)]
    public float Engine()
    {
        var sum = 0f;
        foreach (var query in queries)
        {
            for (var slot = 0; slot < EngineVolunteers; slot++)
            {
                sum += Scorer.Score(query, index, slot);
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = LinqVolunteers * NeedCount)]
    public float Linq()
    {
        var sum = 0f;
        foreach (var need in needs)
        {
            for (var i = 0; i < LinqVolunteers; i++)
            {
                sum += LinqScorer.Score(need, facts[i].Facts, facts[i].Load, MatchingWeights.Default, EngineData.Today);
            }
        }

        return sum;
    }
}
