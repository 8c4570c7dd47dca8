using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.GetMyProfile;
using ShareAlliance.Volunteers.Features.GetProgramme;
using ShareAlliance.Volunteers.Features.RegisterEmployer;

namespace ShareAlliance.Volunteers.Tests;

/// <summary>Builds the situations the tests start from, through the public API, as people would.</summary>
public sealed class People(ServiceFactory<Program> factory)
{
    public static Dictionary<string, object?> ProfileBody(string displayName = "Camille Martin") => new()
    {
        ["displayName"] = displayName,
        ["contactEmail"] = "camille.martin@example.org",
        ["contactPhone"] = "+33 6 12 34 56 78",
        ["skills"] = new[] { new { skill = "data.sql", level = 3 }, new { skill = "web.wordpress", level = 2 } },
        ["hoursPerMonth"] = 12,
        ["availableFrom"] = "2026-12-01",
        ["workMode"] = "Hybrid",
        ["departement"] = "69",
        ["radiusKm"] = 30,
        ["languages"] = new[] { "fr", "en" },
        ["causes"] = new[] { "digital-inclusion" },
        ["categories"] = new[] { "DATA" },
        ["acceptsSensitiveNeeds"] = true,
    };

    public static object EmployerBody(string name = "Octet & Cie") => new { companyName = name, siret = "73282932000074", turnover = "UpTo50M" };

    public static object ProgrammeBody() => new
    {
        name = "Mécénat de compétences 2027",
        annualHoursBudget = 2_000,
        hoursCapPerEmployee = 80,
        from = "2027-01-01",
        until = "2027-12-31",
        hourlyCost = 55.50m,
    };

    public HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    /// <summary>A new volunteer with a profile (by default the one of <see cref="ProfileBody"/>).</summary>
    public async Task<Volunteer> VolunteerAsync(Action<Dictionary<string, object?>>? change = null)
    {
        var user = TestUser.Volunteer();
        var client = factory.CreateClientAs(user);
        var body = ProfileBody();
        change?.Invoke(body);
        var profile = await Read<MyProfile>(await client.PutAsJsonAsync("/volunteers/me", body, TestContext.Current.CancellationToken));
        return new(user, client, profile);
    }

    /// <summary>An employer registered by its admin, whose token then carries the membership identity grants.</summary>
    public async Task<Admin> EmployerAsync(string name = "Octet & Cie")
    {
        var owner = Guid.NewGuid();
        var registering = factory.CreateClientAs(new TestUser(owner, [Roles.EmployerAdmin], []));
        var employer = await Read<EmployerDetails>(await registering.PostAsJsonAsync("/employers", EmployerBody(name), TestContext.Current.CancellationToken));
        var admin = new TestUser(owner, [Roles.EmployerAdmin], [OrganisationKinds.ClaimValue(OrganisationKinds.Employer, employer.Id)]);
        return new(employer.Id, admin, factory.CreateClientAs(admin));
    }

    public static async Task<ProgrammeDetails> ProgrammeAsync(Admin admin) =>
        await Read<ProgrammeDetails>(await admin.Client.PostAsJsonAsync($"/employers/{admin.EmployerId}/programmes", ProgrammeBody(), TestContext.Current.CancellationToken));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<T> Read<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public sealed record Volunteer(TestUser User, HttpClient Client, MyProfile Profile);

    public sealed record Admin(Guid EmployerId, TestUser User, HttpClient Client);
}
