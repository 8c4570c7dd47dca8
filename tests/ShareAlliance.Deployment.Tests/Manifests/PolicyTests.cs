using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>Rules every rendered overlay keeps (k8s/README.md): health probes, resources, hardening, references that resolve.</summary>
public sealed partial class PolicyTests
{
    /// <summary>Images that are not ours: the matching rounds job's curl (k8s/README.md).</summary>
    private static readonly string[] ThirdPartyImages = ["curlimages/curl"];

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryLongRunningContainer_HasLivenessAndReadinessProbesOnTheHealthEndpoints(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        foreach (var deployment in overlay.OfKind("Deployment"))
        {
            foreach (var container in Overlay.Containers(Overlay.PodSpec(deployment)!))
            {
                var where = $"{Overlay.Describe(deployment)} container {container["name"]}";
                ((string?)container["livenessProbe"]?["httpGet"]?["path"]).ShouldBe("/health/live", where);
                ((string?)container["readinessProbe"]?["httpGet"]?["path"]).ShouldBe("/health/ready", where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryContainer_HasCpuAndMemoryRequestsAndLimits(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        foreach (var (workload, pod) in overlay.Workloads())
        {
            foreach (var container in Overlay.Containers(pod))
            {
                var where = $"{Overlay.Describe(workload)} container {container["name"]}";
                foreach (var part in new[] { "requests", "limits" })
                {
                    container["resources"]?[part]?["cpu"].ShouldNotBeNull($"{where}: resources.{part}.cpu");
                    container["resources"]?[part]?["memory"].ShouldNotBeNull($"{where}: resources.{part}.memory");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryContainer_RunsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivilegeEscalation(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        overlay.Workloads().ShouldNotBeEmpty();
        foreach (var (workload, pod) in overlay.Workloads())
        {
            foreach (var container in Overlay.Containers(pod))
            {
                var where = $"{Overlay.Describe(workload)} container {container["name"]}";
                var security = container["securityContext"];
                ((bool?)security?["runAsNonRoot"] ?? (bool?)pod["securityContext"]?["runAsNonRoot"]).ShouldBe(true, where);
                ((long?)security?["runAsUser"] ?? (long?)pod["securityContext"]?["runAsUser"] ?? 0).ShouldBeGreaterThan(0, where);
                ((bool?)security?["readOnlyRootFilesystem"]).ShouldBe(true, where);
                ((bool?)security?["allowPrivilegeEscalation"]).ShouldBe(false, where);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryDeployment_SpreadsItsPodsOverNodes(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        foreach (var deployment in overlay.OfKind("Deployment"))
        {
            var constraints = Overlay.PodSpec(deployment)!["topologySpreadConstraints"]?.AsArray() ?? [];
            constraints.Select(c => (string?)c!["topologyKey"]).ShouldContain("kubernetes.io/hostname", Overlay.Describe(deployment));
            var podLabels = deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
            foreach (var constraint in constraints)
            {
                Selects(constraint!["labelSelector"]!["matchLabels"]!.AsObject(), podLabels).ShouldBeTrue(Overlay.Describe(deployment));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryService_SelectsTheApiPodsOfOneDeployment(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        overlay.OfKind("Service").ShouldNotBeEmpty();
        foreach (var service in overlay.OfKind("Service"))
        {
            var selector = service["spec"]!["selector"]!.AsObject();
            var selected = overlay.OfKind("Deployment")
                .Where(d => Selects(selector, d["spec"]!["template"]!["metadata"]!["labels"]!.AsObject())).ToList();
            selected.Count.ShouldBe(1, $"{Overlay.Describe(service)} selects {string.Join(", ", selected.Select(Overlay.Describe))}");
            var ports = Overlay.Containers(Overlay.PodSpec(selected[0])!).SelectMany(c => c["ports"]?.AsArray() ?? []).Select(p => (string?)p!["name"]);
            foreach (var port in service["spec"]!["ports"]!.AsArray())
            {
                ports.ShouldContain((string?)port!["targetPort"], Overlay.Describe(service));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryReferencedConfigMapAndSecret_ExistsOrIsDocumentedAsProvided(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var readme = Repository.Read(Path.Combine("k8s", "README.md"));

        var references = References(overlay).ToList();

        references.ShouldContain(r => r.Kind == "Secret");
        references.ShouldContain(r => r.Kind == "ConfigMap");
        foreach (var (kind, referenced, from) in references.Distinct())
        {
            var exists = overlay.Find(kind, referenced) is not null;
            var documented = kind == "Secret" && readme.Contains($"`{referenced}`", StringComparison.Ordinal);
            (exists || documented).ShouldBeTrue($"{from} needs {kind} {referenced}: neither in the manifests nor in k8s/README.md (Secrets)");
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task IngressBackends_AreServicesOfTheManifests_AndSlashIsTheWebFrontEnd(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        var paths = overlay.OfKind("Ingress").SelectMany(i => i["spec"]!["rules"]!.AsArray())
            .SelectMany(r => r!["http"]!["paths"]!.AsArray()).ToList();

        paths.ShouldNotBeEmpty();
        foreach (var backend in paths.Select(p => (string)p!["backend"]!["service"]!["name"]!))
        {
            overlay.Find("Service", backend).ShouldNotBeNull(backend);
        }

        ((string?)paths.Single(p => (string?)p!["path"] == "/")!["backend"]!["service"]!["name"]).ShouldBe("web-api");
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task ImageNames_AreTheComposeFilesOrTheDocumentedTools(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var composeImages = (await Compose.ComposeFile.LoadAsync()).Services.Values
            .Select(s => (string?)s["image"]).OfType<string>().Select(Repo).ToHashSet();

        var images = overlay.Workloads().SelectMany(w => Overlay.Containers(w.Pod)).Select(c => Repo((string)c["image"]!)).ToHashSet();

        foreach (var image in images)
        {
            (composeImages.Contains(image) || ThirdPartyImages.Contains(image)).ShouldBeTrue($"{image} is not an image of docker-compose.yml");
        }

        foreach (var service in Repository.Services)
        {
            images.ShouldContain(service.Image);
            composeImages.ShouldContain(service.Image);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryService_HasAnAutoscaledApiWithADisruptionBudgetAndNoDaemonInIt(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        foreach (var service in Repository.Services)
        {
            var api = overlay.Find("Deployment", $"{service.Name}-api");
            api.ShouldNotBeNull($"{service.Name}: k8s/base/services/{service.Name} listed in k8s/base/kustomization.yaml");
            if (service.UsesDataStores)
            {
                Setting(api, "EventStore__RunDaemon").ShouldBe("false");
            }
            else
            {
                // The web front end owns no data: no database or broker credentials in its pods, no daemon.
                References(overlay).Where(r => r.From == Overlay.Describe(api)).Select(r => r.Name)
                    .ShouldNotContain(n => n.StartsWith("sharealliance-db", StringComparison.Ordinal) || n.StartsWith("sharealliance-rabbitmq", StringComparison.Ordinal));
                overlay.Find("Deployment", $"{service.Name}-daemon").ShouldBeNull();
            }

            overlay.Find("Service", $"{service.Name}-api").ShouldNotBeNull();
            var autoscaler = overlay.OfKind("HorizontalPodAutoscaler").SingleOrDefault(h => (string?)h["spec"]!["scaleTargetRef"]!["name"] == $"{service.Name}-api");
            autoscaler.ShouldNotBeNull($"{service.Name}-api has an autoscaler");
            var podLabels = api["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
            overlay.OfKind("PodDisruptionBudget").ShouldContain(p => Selects(p["spec"]!["selector"]!["matchLabels"]!.AsObject(), podLabels));
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryDaemon_IsOneReplicaReplacedWithRecreateAndRunsTheDaemon(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        var daemons = overlay.OfKind("Deployment").Where(d => Overlay.NameOf(d).EndsWith("-daemon", StringComparison.Ordinal)).ToList();

        // The services that relay events (needs, identity) have one; a service without relay or async projection needs none.
        daemons.Select(Overlay.NameOf).ShouldContain("needs-daemon");
        daemons.Select(Overlay.NameOf).ShouldContain("identity-daemon");
        foreach (var daemon in daemons)
        {
            ((int?)daemon["spec"]!["replicas"]).ShouldBe(1, Overlay.Describe(daemon));
            ((string?)daemon["spec"]!["strategy"]!["type"]).ShouldBe("Recreate", Overlay.Describe(daemon));
            Setting(daemon, "EventStore__RunDaemon").ShouldBe("true");
            overlay.OfKind("HorizontalPodAutoscaler").ShouldNotContain(h => (string?)h["spec"]!["scaleTargetRef"]!["name"] == Overlay.NameOf(daemon));
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task NetworkPolicies_DenyByDefaultAndLetEveryPodResolveNames(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var policies = overlay.OfKind("NetworkPolicy").ToList();

        policies.ShouldContain(p => p["spec"]!["podSelector"]!.AsObject().Count == 0
            && p["spec"]!["ingress"] == null && p["spec"]!["egress"] == null
            && p["spec"]!["policyTypes"]!.AsArray().Count == 2, "a default-deny policy for every pod, both directions");
        policies.Any(p => p["spec"]!["podSelector"]!.AsObject().Count == 0 && AllowsDnsEgress(p)).ShouldBeTrue("DNS egress for every pod");
        // Only the ingress controller's namespace is let in from outside, and only to the web front end and identity's API.
        var fromOutside = policies.Where(p => (p["spec"]!["ingress"]?.AsArray() ?? [])
            .Any(i => (i!["from"]?.AsArray() ?? []).Any(f => f!["namespaceSelector"]?.ToJsonString().Contains("ingress-nginx", StringComparison.Ordinal) == true))).ToList();
        fromOutside.Select(Overlay.NameOf).ShouldBe(["ingress-to-web-and-issuer"]);
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task MatchingRounds_RunAsOneJobAtATime(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        var rounds = overlay.Find("CronJob", "matching-rounds");

        rounds.ShouldNotBeNull();
        ((string?)rounds["spec"]!["concurrencyPolicy"]).ShouldBe("Forbid");
        ((bool?)rounds["spec"]!["suspend"] ?? false).ShouldBeFalse("POST /rounds exists: the schedule runs");
        var environment = Overlay.Containers(Overlay.PodSpec(rounds)!).Single()["env"]!.AsArray();
        environment.ShouldContain(e => (string?)e!["name"] == "ROUNDS_URL" && (string?)e["value"] == "http://matching-api/rounds");
        environment.ShouldContain(e => (string?)e!["name"] == "TOKEN_URL" && (string?)e["value"] == "http://identity-api/connect/token");
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task NetworkPolicies_LetTheIngressControllerReachOnlyTheWebFrontEndAndTheIssuer(string name)
    {
        var network = new Network(await Overlay.RenderAsync(name));

        var reached = network.Workloads().Where(p => network.Allows(Pod.IngressController, p, 8080)).Select(p => p.Name);

        // Identity is the one documented exception (k8s/README.md, "Network"): browsers sign in at the issuer.
        reached.ShouldBe(["identity-api", "web-api"], ignoreOrder: true);
        network.Allows(Pod.IngressController, Pod.Postgres, 5432).ShouldBeFalse();
        network.Allows(Pod.IngressController, Pod.RabbitMq, 5672).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task NetworkPolicies_LetOnlyTheServicesReachPostgresAndRabbitMq(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var network = new Network(overlay);
        var services = Repository.BackEnd.SelectMany(s => new[] { $"{s.Name}-api", $"{s.Name}-daemon" })
            .Where(w => overlay.Find("Deployment", w) is not null).ToList();

        network.Workloads().Where(p => network.Allows(p, Pod.Postgres, 5432)).Select(p => p.Name).ShouldBe(services, ignoreOrder: true);
        network.Workloads().Where(p => network.Allows(p, Pod.RabbitMq, 5672)).Select(p => p.Name).ShouldBe(services, ignoreOrder: true);
        services.ShouldContain("needs-daemon");
        services.ShouldNotContain("web-api");
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task TheWebFrontEnd_ReachesEveryServicesApiAtTheAddressItIsGiven(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var network = new Network(overlay);
        var web = network.Workload("web-api");
        var settings = overlay.Find("ConfigMap", "web-settings")!["data"]!.AsObject();

        foreach (var service in Repository.BackEnd)
        {
            network.Allows(web, network.Workload($"{service.Name}-api"), 8080).ShouldBeTrue($"web -> {service.Name}-api");
            var address = (string?)settings[$"Services__{service.Folder}"];
            address.ShouldBe($"http://{service.Name}-api", $"Services__{service.Folder} in web-settings");
            overlay.Find("Service", $"{service.Name}-api")!["spec"]!["ports"]!.AsArray().ShouldContain(p => (int?)p!["port"] == 80);
        }

        network.Workloads().Where(p => p.Name != "web-api" && network.Allows(p, web, 8080)).ShouldBeEmpty("only the ingress controller calls the front end");
        network.Allows(web, Pod.IngressController, 443).ShouldBeTrue("sign-in: the public issuer's token endpoint and keys");
        network.Allows(web, Pod.Postgres, 5432).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task SignIn_IdentityKnowsTheWebClientAtThePublicHost_AndItsSignInPageIsPublic(string name)
    {
        var overlay = await Overlay.RenderAsync(name);
        var ingress = overlay.Find("Ingress", "sharealliance")!;
        var host = (string)ingress["spec"]!["rules"]![0]!["host"]!;
        var scheme = (ingress["spec"]!["tls"]?.AsArray() ?? []).Any(t => t!["hosts"]!.AsArray().Any(h => (string?)h == host)) ? "https" : "http";
        var identity = overlay.Find("ConfigMap", "identity-settings")!["data"]!.AsObject();
        var platform = overlay.Find("ConfigMap", "platform-settings")!["data"]!.AsObject();

        ((string?)identity["Identity__Clients__web__ClientId"]).ShouldBe("sharealliance-web");
        ((string?)identity["Identity__Clients__web__RedirectUris__0"]).ShouldBe($"{scheme}://{host}/signin-callback");
        ((string?)identity["Identity__Clients__web__PostLogoutRedirectUris__0"]).ShouldBe($"{scheme}://{host}/signout-callback");
        ((string?)platform["Identity__Issuer"]).ShouldBe($"{scheme}://{host}/");
        var signInPage = ingress["spec"]!["rules"]![0]!["http"]!["paths"]!.AsArray().Single(p => (string?)p!["path"] == "/account/sign-in")!;
        ((string?)signInPage["pathType"]).ShouldBe("Exact", "the web front end's own /account pages stay the web's");
        ((string?)signInPage["backend"]!["service"]!["name"]).ShouldBe("identity-api");
    }

    [Fact]
    public async Task Prod_RunsThreePostgresInstancesAndThreeRabbitMqNodes()
    {
        var prod = await Overlay.RenderAsync("prod");

        ((int?)prod.Find("Cluster", "sharealliance-db")!["spec"]!["instances"]).ShouldBe(3);
        ((int?)prod.Find("RabbitmqCluster", "sharealliance-rabbitmq")!["spec"]!["replicas"]).ShouldBe(3);
        prod.OfKind("HorizontalPodAutoscaler").ShouldAllBe(h => (int)h["spec"]!["minReplicas"]! >= 2);
    }

    [Fact]
    public void TheServicesList_HasOneLinePerServiceOfTheRepository()
    {
        var listed = ListedService().Matches(Repository.Read(Path.Combine("k8s", "base", "kustomization.yaml"))).Select(m => m.Groups[1].Value);

        listed.ShouldBe(Repository.Services.Select(s => s.Name), ignoreOrder: true);
    }

    private static bool AllowsDnsEgress(JsonObject policy) =>
        (policy["spec"]!["egress"]?.AsArray() ?? []).Any(e => (e!["ports"]?.AsArray() ?? []).Any(port => (int?)port!["port"] == 53));

    private static string? Setting(JsonObject deployment, string variable) =>
        (string?)Overlay.Containers(Overlay.PodSpec(deployment)!).Single()["env"]?.AsArray().SingleOrDefault(e => (string?)e!["name"] == variable)?["value"];

    private static bool Selects(JsonObject selector, JsonObject labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetPropertyValue(s.Key, out var v) && (string?)v == (string?)s.Value);

    private static string Repo(string image) => image.Split('@')[0].Split(':')[0];

    private static IEnumerable<(string Kind, string Name, string From)> References(Overlay overlay)
    {
        foreach (var (workload, pod) in overlay.Workloads())
        {
            var from = Overlay.Describe(workload);
            foreach (var container in Overlay.Containers(pod))
            {
                foreach (var source in container["envFrom"]?.AsArray() ?? [])
                {
                    if (source!["configMapRef"] is { } c)
                    {
                        yield return ("ConfigMap", (string)c["name"]!, from);
                    }

                    if (source["secretRef"] is { } s)
                    {
                        yield return ("Secret", (string)s["name"]!, from);
                    }

                }

                foreach (var variable in container["env"]?.AsArray() ?? [])
                {
                    if (variable!["valueFrom"]?["configMapKeyRef"] is { } c)
                    {
                        yield return ("ConfigMap", (string)c["name"]!, from);
                    }

                    if (variable["valueFrom"]?["secretKeyRef"] is { } s)
                    {
                        yield return ("Secret", (string)s["name"]!, from);
                    }

                }
            }

            foreach (var volume in pod["volumes"]?.AsArray() ?? [])
            {
                if (volume!["configMap"] is { } c)
                {
                    yield return ("ConfigMap", (string)c["name"]!, from);
                }

                if (volume["secret"] is { } s)
                {
                    yield return ("Secret", (string)s["secretName"]!, from);
                }

            }
        }

        foreach (var ingress in overlay.OfKind("Ingress"))
        {
            foreach (var tls in ingress["spec"]!["tls"]?.AsArray() ?? [])
            {
                yield return ("Secret", (string)tls!["secretName"]!, Overlay.Describe(ingress));
            }
        }
    }

    [GeneratedRegex(@"^\s*-\s*services/([a-z0-9-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ListedService();
}
