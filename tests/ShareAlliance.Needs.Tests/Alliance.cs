using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests;

/// <summary>Builds the situations the tests start from, through the public API, as people would.</summary>
public sealed class Alliance(ServiceFactory<Program> factory)
{
    public static object AssociationBody(string name = "Les Amis du Numérique Solidaire") => new
    {
        name,
        rna = "W751234567",
        causes = new[] { "digital-inclusion", "social" },
        departement = "75",
        city = "Paris",
        size = "Small",
        description = "Ateliers numériques pour les personnes éloignées du numérique.",
    };

    public static Dictionary<string, object?> NeedBody(Guid associationId) => new()
    {
        ["associationId"] = associationId,
        ["title"] = "Refaire le site de l'association",
        ["description"] = "Un site simple, accessible, que nous pourrons mettre à jour nous-mêmes.",
        ["category"] = "COMM",
        ["format"] = "OneOffMission",
        ["workMode"] = "Hybrid",
        ["place"] = new { departement = "75", city = "Paris" },
        ["effortHours"] = 30,
        ["deadline"] = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["urgency"] = "Normal",
        ["languages"] = new[] { "fr" },
        ["requiredSkills"] = new[] { new { skill = "web.wordpress", minimumLevel = 2 }, new { skill = "design.ux", minimumLevel = 1 } },
        ["budget"] = 480.50m,
        ["sensitive"] = false,
    };

    public HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    /// <summary>An association registered by its owner, and (by default) verified by a coordinator.</summary>
    public async Task<Member> AssociationAsync(bool verified = true)
    {
        var owner = Guid.NewGuid();
        var registering = factory.CreateClientAs(new TestUser(owner, [Roles.AssociationMember], []));
        var response = await registering.PostAsJsonAsync("/associations", AssociationBody(), TestContext.Current.CancellationToken);
        var association = await Read<AssociationDetails>(response);
        if (verified)
        {
            (await Coordinator().PostAsync($"/associations/{association.Id}/verify", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        // What identity grants once it hears AssociationRegistered: the owner now acts for the association.
        var member = new TestUser(owner, [Roles.AssociationMember], [$"{OrganisationKinds.Association}:{association.Id}"]);
        return new(association.Id, member, factory.CreateClientAs(member));
    }

    public static async Task<NeedDetails> DraftAsync(Member member, Action<Dictionary<string, object?>>? change = null)
    {
        var body = NeedBody(member.AssociationId);
        change?.Invoke(body);
        return await Read<NeedDetails>(await member.Client.PostAsJsonAsync("/needs", body, TestContext.Current.CancellationToken));
    }

    public static async Task<NeedDetails> PublishedAsync(Member member)
    {
        var draft = await DraftAsync(member);
        return await Read<NeedDetails>(await member.Client.PostAsync($"/needs/{draft.Id}/publish", null, TestContext.Current.CancellationToken));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> Read<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public sealed record Member(Guid AssociationId, TestUser User, HttpClient Client);
}
