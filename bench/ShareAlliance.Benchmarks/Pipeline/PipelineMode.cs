namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>How the Needs relay learns of new events: woken by PostgreSQL NOTIFY on each append, or by polling.</summary>
internal sealed record PipelineMode(string Name, bool ListenNotify)
{
    public static readonly PipelineMode ListenNotifyMode = new("LISTEN/NOTIFY", ListenNotify: true);

    public static readonly PipelineMode Polling = new("polling (baseline)", ListenNotify: false);

    public static IReadOnlyList<PipelineMode> All { get; } = [ListenNotifyMode, Polling];
}
