using System.Net;
using System.Text.Json;

namespace ShareAlliance.Needs.Tests.Features.SearchNeeds;

public sealed class SearchNeedsValidationTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    [Theory]
    [InlineData("category=comm", "category")] // codes are exact
    [InlineData("category=COMM&category=NOPE", "category")]
    [InlineData("skill=web.nope", "skill")]
    [InlineData("departement=96", "departement")]
    [InlineData("region=99", "region")]
    [InlineData("workMode=Moon", "workMode")]
    [InlineData("workMode=1", "workMode")] // enum names only, not their numbers
    [InlineData("remote=maybe", "remote")]
    [InlineData("remote=false&workMode=Remote", "remote")]
    [InlineData("remote=true&remote=false", "remote")] // single-valued: a repeated value is not guessed at
    [InlineData("near=69&near=75", "near")]
    [InlineData("urgency=Extreme", "urgency")]
    [InlineData("format=Gift", "format")]
    [InlineData("status=Draft", "status")]
    [InlineData("status=Cancelled", "status")]
    [InlineData("status=Published&status=Unknown", "status")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("near=00", "near")]
    [InlineData("near=69&radiusKm=0", "radiusKm")]
    [InlineData("near=69&radiusKm=-5", "radiusKm")]
    [InlineData("near=69&radiusKm=20000", "radiusKm")]
    [InlineData("near=69&radiusKm=far", "radiusKm")]
    [InlineData("radiusKm=10", "radiusKm")] // a radius around nothing
    [InlineData("page=0", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=101", "pageSize")] // over the cap: refused, not quietly clamped
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1.5", "pageSize")]
    public async Task BadParameter_Gets400NamingIt(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync($"/needs?{query}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe([parameter]);
    }

    [Fact]
    public async Task OverlongQuery_Gets400NamingQ()
    {
        var response = await factory.CreateClient().GetAsync($"/needs?q={new string('a', 201)}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"q\"");
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=le&sort=Deadline&workMode=remote&status=published&page=3&pageSize=100")] // names in any case; only stop words
    [InlineData("q=%22site+web%22+-wordpress+or+crm")] // web-search syntax: phrases, exclusions, or
    [InlineData("q=%27%29%3B+drop+table+needs%3B+--&category=COMM")]
    [InlineData("near=974&radiusKm=1000&remote=TRUE")]
    public async Task AcceptableParameters_AreAnsweredWith200(string query)
    {
        var response = await factory.CreateClient().GetAsync($"/needs?{query}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
