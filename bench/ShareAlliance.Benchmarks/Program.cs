using System.Globalization;
using System.Runtime.InteropServices;
using ShareAlliance.Benchmarks.Engine;
using ShareAlliance.Benchmarks.Pipeline;
using ShareAlliance.Benchmarks.Proposals;
using ShareAlliance.Benchmarks.Search;

// The figures go into a shared document: 1234.5 on every machine, whatever its locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Ctrl-C, or TERM from bench/run.sh: stop measuring, then still kill the services and drop their schemas.
using var shutdown = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    return args switch
    {
        ["pipeline", .. var rest] => await PipelineBenchmark.RunAsync(rest, shutdown.Token),
        ["search", .. var rest] => await SearchBenchmark.RunAsync(rest, shutdown.Token),
        ["engine", .. var rest] => await EngineBenchmark.RunAsync(rest, shutdown.Token),
        ["proposals", .. var rest] => await ProposalsBenchmark.RunAsync(rest, shutdown.Token),
        _ => Usage(),
    };
}
catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("benchmark: stopped by a signal; services killed, schemas dropped.");
    return 130;
}
catch (Exception e)
{
    // The services are already killed and their schemas dropped (disposed on the way out); say why, without a core dump.
    await Console.Error.WriteLineAsync($"benchmark failed: {e}");
    return 1;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    shutdown.Cancel();
}

static int Usage()
{
    Console.Error.WriteLine("usage: ShareAlliance.Benchmarks <benchmark> [options]");
    Console.Error.WriteLine();
    Console.Error.WriteLine("  pipeline   need posted to Needs -> known to Matching, LISTEN/NOTIFY vs polling (bench/run.sh runs it)");
    Console.Error.WriteLine($"             {PipelineOptions.Usage}");
    Console.Error.WriteLine("  search     the public catalogue's typical queries on 100,000 needs, with and without its indexes (bench/run.sh search)");
    Console.Error.WriteLine("  engine     the matching engine's kernels beside their baselines: scoring, top-10, memory, rounds (bench/run.sh engine)");
    Console.Error.WriteLine($"             {EngineOptions.Usage}");
    Console.Error.WriteLine("  proposals  end to end: need posted to Needs -> MatchProposed received, volunteers loaded into Matching (bench/run.sh proposals)");
    Console.Error.WriteLine($"             {ProposalsOptions.Usage}");
    return 2;
}
