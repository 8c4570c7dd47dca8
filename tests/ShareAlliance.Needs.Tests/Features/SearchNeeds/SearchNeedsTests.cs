using System.Net.Http.Json;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.SearchNeeds;
using ShareAlliance.ReferenceData;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.SearchNeeds;

public sealed class SearchNeedsTests(SeededNeeds seeded) : IClassFixture<SeededNeeds>
{
    private const string AllPublicStatuses = "status=Published&status=Staffed&status=InProgress&status=Completed&status=Expired";

    [Fact]
    public async Task Searches_ReturnTheMatchingNeedsAndFacetCounts_OfAnIndependentComputation()
    {
        var skills = seeded.Needs.Where(n => n.Status == NeedStatus.Published).SelectMany(n => n.Skills)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(2).ToList();
        string[] queries =
        [
            "",
            "category=COMM&category=DATA&category=AI",
            "region=11&workMode=OnSite&workMode=Hybrid",
            $"skill={skills[0]}&skill={skills[1]}&urgency=High&urgency=Critical",
            "status=Published&status=Staffed&status=Expired&format=ProBono&format=LongTerm",
            "remote=true&category=SERVICES&category=COMM&category=SECURITY",
            "departement=75&departement=69&status=Completed&status=InProgress&status=Staffed&status=Published",
            $"q=sites&{AllPublicStatuses}",
            "q=formation&remote=false&region=84&region=11",
            "near=69&radiusKm=150&urgency=Low&urgency=Normal",
            $"near=75&radiusKm=20&remote=false&{AllPublicStatuses}",
        ];

        foreach (var query in queries)
        {
            var expected = new ExpectedSearch(seeded.Needs, Parse(query));
            var result = await SearchAsync($"{query}&pageSize=100");

            result.Total.ShouldBe(expected.Matches.Count, query);
            result.Items.Select(i => i.Id).ShouldBe(expected.Matches.Select(n => n.Id), ignoreOrder: true, query);
            foreach (var facet in ExpectedSearch.FacetNames)
            {
                Counts(result.Facets, facet).ShouldBe(expected.Facet(facet), ignoreOrder: true, $"{facet} facet of '{query}'");
            }
        }
    }

    [Fact]
    public async Task Facets_ListMostFrequentFirst_AndCountTheirOwnDimensionWithoutItsFilter()
    {
        var result = await SearchAsync("category=COMM");
        var all = await SearchAsync("");

        result.Facets.Category.ShouldBe(all.Facets.Category, "choosing a category still shows what the others hold");
        result.Facets.Category.Select(f => f.Count).ShouldBeInOrder(SortDirection.Descending);
        result.Facets.Skill.ShouldAllBe(f => f.Count > 0);
        result.Total.ShouldBe(result.Facets.Category.SingleOrDefault(f => f.Value == "COMM")?.Count ?? 0);
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("deadline")]
    [InlineData("urgency")]
    public async Task PagingThroughEveryPage_GivesEachMatchOnceInSortOrder(string sort)
    {
        var expected = ExpectedSearch.Sorted(new ExpectedSearch(seeded.Needs, Parse(AllPublicStatuses)).Matches, sort);
        var seen = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var result = await SearchAsync($"{AllPublicStatuses}&sort={sort}&page={page}&pageSize=7");
            result.Total.ShouldBe(expected.Count);
            result.Items.Count.ShouldBeLessThanOrEqualTo(7);
            if (result.Items.Count == 0)
            {
                break;
            }

            seen.AddRange(result.Items.Select(i => i.Id));
        }

        seen.ShouldBe(expected.Select(n => n.Id), $"pages of sort={sort}");
    }

    [Theory]
    [InlineData("site", "site")] // French stems: the singular finds the plural
    [InlineData("sites", "sites")]
    [InlineData("formation", "formation")] // and "formation" finds "Formations"
    [InlineData("numerique", "numerique")] // without its accent, "numérique" is still found
    [InlineData("Numérique", "numerique")]
    [InlineData("trainings", "training")] // English stems, on English text
    [InlineData("donations", "donation")]
    [InlineData("quetzal", "quetzal")] // an edit made while published is searchable at once
    public async Task FullText_FindsFrenchAndEnglishWordsByTheirStem(string q, string keyword)
    {
        var result = await SearchAsync($"q={Uri.EscapeDataString(q)}&{AllPublicStatuses}&pageSize=100");

        var expected = seeded.Needs.Where(n => n.Status is not (NeedStatus.Draft or NeedStatus.Cancelled) && n.Keywords.Contains(keyword)).ToList();
        expected.ShouldNotBeEmpty("the seed must hold needs that say it");
        result.Items.Select(i => i.Id).ShouldBe(expected.Select(n => n.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task DraftsAndCancelledNeeds_AreNeverFound_EvenByACoordinator()
    {
        var hidden = seeded.Needs.Where(n => n.Status is NeedStatus.Draft or NeedStatus.Cancelled).Select(n => n.Id).ToHashSet();
        hidden.Count.ShouldBeGreaterThan(10);
        var coordinator = seeded.Factory.CreateClientAs(TestUser.Coordinator());

        foreach (var client in new[] { seeded.Factory.CreateClient(), coordinator })
        {
            var everything = await SearchAsync($"{AllPublicStatuses}&pageSize=100", client);
            everything.Items.ShouldNotContain(i => hidden.Contains(i.Id));
            everything.Total.ShouldBe(seeded.Needs.Count - hidden.Count);
            var secret = await SearchAsync($"q=zephyrine&{AllPublicStatuses}", client);
            secret.Total.ShouldBe(0, "only drafts and cancelled needs mention it");
        }
    }

    [Fact]
    public async Task Near_KeepsNeedsWithinTheRadius_AndRemoteOnes_WithTheirDistance()
    {
        var result = await SearchAsync($"near=69&radiusKm=150&{AllPublicStatuses}&pageSize=100");

        var expected = seeded.Needs.Where(n => n.Status is not (NeedStatus.Draft or NeedStatus.Cancelled)
            && (n.Departement is null || Places.DistanceKm("69", n.Departement) <= 150)).ToList();
        expected.ShouldContain(n => n.Departement != null && n.Departement != "69", "the seed must hold needs near Lyon but not in the Rhône");
        expected.ShouldContain(n => n.Departement == null);
        result.Items.Select(i => i.Id).ShouldBe(expected.Select(n => n.Id), ignoreOrder: true);
        foreach (var item in result.Items)
        {
            if (item.Departement is null)
            {
                item.DistanceKm.ShouldBeNull();
            }
            else
            {
                item.DistanceKm!.Value.ShouldBe(Places.DistanceKm("69", item.Departement), 0.05);
            }
        }
    }

    [Fact]
    public async Task Items_CarryTheNeedsPublicTerms()
    {
        var result = await SearchAsync("pageSize=100");
        var need = seeded.Needs.First(n => n.Status == NeedStatus.Published && n.Departement is not null);

        var item = result.Items.Single(i => i.Id == need.Id);
        item.Category.ShouldBe(need.Category);
        item.Departement.ShouldBe(need.Departement);
        item.Region.ShouldBe(need.Region);
        item.Deadline.ShouldBe(need.Deadline);
        item.RequiredSkills.Select(s => s.Skill).ShouldBe(need.Skills);
        item.PublishedAt.ShouldBe(need.PublishedAt!.Value, TimeSpan.FromMilliseconds(1));
        item.DistanceKm.ShouldBeNull("no near, no distance");
    }

    private async Task<NeedSearchResult> SearchAsync(string query, HttpClient? client = null) =>
        (await (client ?? seeded.Factory.CreateClient()).GetFromJsonAsync<NeedSearchResult>($"/needs?{query}", TestContext.Current.CancellationToken))!;

    private static List<(string Key, string Value)> Parse(string query) =>
        [.. query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => (p[0], Uri.UnescapeDataString(p[1])))];

    private static Dictionary<string, long> Counts(NeedSearchFacets facets, string facet) => (facet switch
    {
        "skill" => facets.Skill,
        "departement" => facets.Departement,
        "region" => facets.Region,
        "workMode" => facets.WorkMode,
        "urgency" => facets.Urgency,
        "format" => facets.Format,
        "status" => facets.Status,
        _ => facets.Category,
    }).ToDictionary(f => f.Value, f => f.Count, StringComparer.Ordinal);
}
