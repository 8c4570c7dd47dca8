using System.Text.Json.Nodes;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>A pod as a NetworkPolicy sees it: its labels, and its namespace's labels when it is not in the platform's.</summary>
public sealed record Pod(string Name, JsonObject Labels, JsonObject? NamespaceLabels = null)
{
    public static readonly Pod IngressController = new(
        "ingress-nginx controller", new JsonObject { ["app.kubernetes.io/name"] = "ingress-nginx" },
        new JsonObject { ["kubernetes.io/metadata.name"] = "ingress-nginx" });

    // Labels the operators put on the pods they run (CloudNativePG, RabbitMQ Cluster Operator).
    public static readonly Pod Postgres = new("PostgreSQL", new JsonObject { ["cnpg.io/cluster"] = "sharealliance-db" });

    public static readonly Pod RabbitMq = new("RabbitMQ", new JsonObject { ["app.kubernetes.io/name"] = "sharealliance-rabbitmq" });
}

/// <summary>
/// What a rendered overlay's NetworkPolicies allow between two pods, by the rules of the NetworkPolicy API: a pod selected
/// by no policy of a direction is open in that direction; once selected, only what some selecting policy allows.
/// </summary>
public sealed class Network(Overlay overlay)
{
    private readonly List<JsonObject> policies = [.. overlay.OfKind("NetworkPolicy")];

    /// <summary>The pods of every workload of the overlay (Deployments, CronJobs), one per workload.</summary>
    public IEnumerable<Pod> Workloads() => overlay.Workloads()
        .Select(w => new Pod(Overlay.NameOf(w.Workload), PodLabels(w.Workload)));

    public Pod Workload(string name) => Workloads().Single(p => p.Name == name);

    public bool Allows(Pod from, Pod to, int port) => Allowed(to, "Ingress", "from", from, port) && Allowed(from, "Egress", "to", to, port);

    private bool Allowed(Pod subject, string type, string peers, Pod other, int port)
    {
        // The overlay's policies govern the pods of its namespace only (the ingress controller is elsewhere).
        if (subject.NamespaceLabels is not null)
        {
            return true;
        }

        var selecting = policies.Where(p => p["spec"]!["policyTypes"]!.AsArray().Any(t => (string?)t == type)
            && Matches(p["spec"]!["podSelector"]!.AsObject(), subject.Labels)).ToList();
        return selecting.Count == 0 || selecting.Any(p => (p["spec"]![type.ToLowerInvariant()]?.AsArray() ?? [])
            .Any(rule => PeerMatches(rule![peers]?.AsArray(), other) && PortMatches(rule["ports"]?.AsArray(), port)));
    }

    private static bool PeerMatches(JsonArray? peers, Pod other) => peers is null || peers.Count == 0 || peers.Any(peer =>
    {
        var namespaces = peer!["namespaceSelector"]?.AsObject();
        var pods = peer["podSelector"]?.AsObject();
        if (peer["ipBlock"] is not null)
        {
            return false;
        }

        var namespaceOk = namespaces is null ? other.NamespaceLabels is null : other.NamespaceLabels is not null && Matches(namespaces, other.NamespaceLabels);
        return namespaceOk && (pods is null || Matches(pods, other.Labels));
    });

    private static bool PortMatches(JsonArray? ports, int port) =>
        ports is null || ports.Count == 0 || ports.Any(p => (int?)p!["port"] == port || p["port"] is null);

    /// <summary>A label selector: every matchLabels pair and every matchExpressions requirement; empty selects all.</summary>
    public static bool Matches(JsonObject selector, JsonObject labels)
    {
        foreach (var (key, value) in selector["matchLabels"]?.AsObject() ?? [])
        {
            if (!labels.TryGetPropertyValue(key, out var actual) || (string?)actual != (string?)value)
            {
                return false;
            }
        }

        foreach (var expression in selector["matchExpressions"]?.AsArray() ?? [])
        {
            var key = (string)expression!["key"]!;
            var values = expression["values"]?.AsArray().Select(v => (string?)v).ToList() ?? [];
            var has = labels.TryGetPropertyValue(key, out var actual);
            var ok = (string)expression["operator"]! switch
            {
                "In" => has && values.Contains((string?)actual),
                "NotIn" => !has || !values.Contains((string?)actual),
                "Exists" => has,
                "DoesNotExist" => !has,
                var op => throw new NotSupportedException(op),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonObject PodLabels(JsonObject workload) => (Overlay.Kind(workload) == "CronJob"
        ? workload["spec"]!["jobTemplate"]!["spec"]!["template"]!["metadata"]!["labels"]!
        : workload["spec"]!["template"]!["metadata"]!["labels"]!).AsObject();
}
