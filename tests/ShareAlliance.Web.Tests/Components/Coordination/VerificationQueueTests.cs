using System.Net;
using Bunit;
using ShareAlliance.Web.Components.Pages.Coordination;
using static ShareAlliance.Web.Tests.Components.Coordination.CoordinatorContext;

namespace ShareAlliance.Web.Tests.Components.Coordination;

public sealed class VerificationQueueTests
{
    private const string FirstId = "0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11";
    private const string SecondId = "1c1d4c68-9a8f-4a8f-8e66-7b1f3f1c0b22";
    private const string VolunteerId = "2d2e5d79-ab90-4b90-9f77-8c2a4a2d1c33";

    private static readonly string Queue = $$"""
        [{"association":{"id":"{{FirstId}}","version":1,"status":"Registered","statusReason":null,"name":"Les Amis du Numérique Solidaire",
                         "rna":"W751234567","siren":null,"siret":null,"causes":["digital-inclusion"],"departement":"75","city":"Paris",
                         "size":"Small","description":"Ateliers numériques pour tous.","registeredAt":"2026-11-23T23:30:00+00:00"},
          "registryEntries":[{"identifier":"W751234567","name":"LES AMIS DU NUMERIQUE SOLIDAIRE","city":"Paris","active":true}]},
         {"association":{"id":"{{SecondId}}","version":1,"status":"Registered","statusReason":null,"name":"Club Informatique de Colmar",
                         "rna":null,"siren":null,"siret":null,"causes":[],"departement":"68","city":"Colmar",
                         "size":"NoStaff","description":"","registeredAt":"2026-11-24T09:00:00+00:00"},
          "registryEntries":[]}]
        """;

    private static readonly string Volunteers = $$"""
        [{"volunteer":{"id":"{{VolunteerId}}","version":1,"skills":[{"skill":"data.sql","level":3}],"hoursPerMonth":12,"availableFrom":null,
                       "availableUntil":null,"workMode":"Hybrid","departement":"69","radiusKm":30,"languages":["fr"],"causes":[],"categories":[],
                       "verified":false,"paused":false},
          "displayName":"Noé Bernard","joinedAt":"2026-11-20T10:00:00+00:00"}]
        """;

    private static HttpResponseMessage Association(string id, string status) => Json(
        $$"""{"id":"{{id}}","version":2,"status":"{{status}}","statusReason":null,"name":"x","rna":null,"siren":null,"siret":null,"causes":[],"departement":"75","city":"Paris","size":"Small","description":"","registeredAt":"2026-11-23T10:00:00+00:00"}""");

    [Fact]
    public void Queue_ShowsWhatEachAssociationDeclaredAndWhatTheRegistriesSay_InFrench()
    {
        using var context = Create(needs: _ => Json(Queue), volunteers: _ => Json(Volunteers));

        var page = context.Render<VerificationQueue>();

        page.Find("[data-testid=associations-count]").TextContent.Trim().ShouldBe("Associations à vérifier (2)");
        var first = page.FindAll("[data-testid=association-to-review]")[0];
        first.TextContent.ShouldContain("RNA W751234567");
        first.TextContent.ShouldContain("Paris (75)");
        first.TextContent.ShouldContain("Inclusion numérique");
        // Registered at 23:30 UTC on the 23rd: already the 24th in Paris.
        first.QuerySelector("[data-testid=registered-on]")!.TextContent.ShouldBe("24/11/2026");
        first.QuerySelector("[data-testid=registries]")!.TextContent.Trim().ShouldBe("W751234567 : « LES AMIS DU NUMERIQUE SOLIDAIRE » (Paris), en activité");
        page.FindAll("[data-testid=association-to-review]")[1].QuerySelector("[data-testid=registries]")!.TextContent
            .ShouldContain("Aucun registre ne connaît ces identifiants");
        page.Find("[data-testid=volunteers-count]").TextContent.Trim().ShouldBe("Bénévoles à vérifier (1)");
        var volunteer = page.Find("[data-testid=volunteer-to-verify]").TextContent;
        volunteer.ShouldContain("Noé Bernard");
        volunteer.ShouldContain("SQL (avancé)");
        volunteer.ShouldContain("12 h par mois");
        volunteer.ShouldContain("20/11/2026");
    }

    [Fact]
    public void VerifyingAnAssociation_TakesItOutOfTheQueueAndSaysSo()
    {
        var asked = new List<string>();
        using var context = Create(
            needs: request =>
            {
                asked.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
                return request.Method == HttpMethod.Post ? Association(FirstId, "Verified") : Json(Queue);
            });
        var page = context.Render<VerificationQueue>();

        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Vérifier").Click();

        asked.ShouldContain($"POST /associations/{FirstId}/verify");
        page.WaitForAssertion(() => page.FindAll("[data-testid=association-to-review]").Count.ShouldBe(1));
        page.Find("[data-testid=association-to-review]").TextContent.ShouldContain("Club Informatique de Colmar");
        page.Find("[data-testid=associations-count]").TextContent.Trim().ShouldBe("Associations à vérifier (1)");
        page.Find("[data-testid=queue-message]").TextContent.ShouldContain("L’association Les Amis du Numérique Solidaire est vérifiée");
    }

    [Fact]
    public void RejectingWithoutAReason_ShowsTheApiRefusalNextToTheReasonField_AndTheAssociationStays()
    {
        using var context = Create(needs: request => request.Method == HttpMethod.Post
            ? ValidationProblem("reason", "Say why: the association will read it.")
            : Json(Queue));
        var page = context.Render<VerificationQueue>();
        var card = () => page.FindAll("[data-testid=association-to-review]")[0];

        card().QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Refuser").Click();
        card().QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Confirmer le refus").Click();

        page.WaitForAssertion(() =>
        {
            var field = card().QuerySelector("textarea")!;
            field.GetAttribute("aria-invalid").ShouldBe("true");
            var describedBy = field.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            describedBy.Select(id => page.Find($"[id='{id}']").TextContent).ShouldContain(t => t.Contains("Indiquez le motif du refus : l’association le lira."));
        });
        page.FindAll("[data-testid=association-to-review]").Count.ShouldBe(2);
        page.Find("[data-testid=queue-message]").TextContent.Trim().ShouldBeEmpty();
    }

    [Fact]
    public void RejectingWithAReason_SendsTheReason_AndTheAssociationLeavesTheQueue()
    {
        var sent = "";
        using var context = Create(needs: request =>
        {
            if (request.Method != HttpMethod.Post)
            {
                return Json(Queue);
            }

            request.RequestUri!.AbsolutePath.ShouldBe($"/associations/{FirstId}/reject");
            sent = Body(request);
            return Association(FirstId, "Rejected");
        });
        var page = context.Render<VerificationQueue>();
        var card = page.FindAll("[data-testid=association-to-review]")[0];

        card.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Refuser").Click();
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelector("textarea")!.Input("Le RNA ne correspond à aucune association.");
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Confirmer le refus").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=association-to-review]").Count.ShouldBe(1));
        System.Text.Json.JsonDocument.Parse(sent).RootElement.GetProperty("reason").GetString().ShouldBe("Le RNA ne correspond à aucune association.");
        page.Find("[data-testid=queue-message]").TextContent.ShouldContain("est refusée");
    }

    [Fact]
    public void NeedsServiceDownWhileRejecting_SaysNothingWasRecorded_AndKeepsTheReasonTyped()
    {
        using var context = Create(needs: request => request.Method == HttpMethod.Post
            ? throw new HttpRequestException("connection refused")
            : Json(Queue));
        var page = context.Render<VerificationQueue>();

        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Refuser").Click();
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelector("textarea")!.Input("Identifiants introuvables.");
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Confirmer le refus").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=decision-failed]").TextContent.ShouldContain("rien n’a été enregistré"));
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelector("textarea")!.GetAttribute("value").ShouldBe("Identifiants introuvables.");
        page.FindAll("[data-testid=association-to-review]").Count.ShouldBe(2);
    }

    [Fact]
    public void AlreadyDecidedByAnotherCoordinator_SaysSoInsteadOfFailing()
    {
        using var context = Create(needs: request => request.Method == HttpMethod.Post
            ? Json("""{"type":"https://sharealliance.org/problems/association-not-verifiable","title":"x","status":409}""", HttpStatusCode.Conflict)
            : Json(Queue));
        var page = context.Render<VerificationQueue>();

        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Vérifier").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=decision-failed]").TextContent.ShouldContain("déjà été traitée"));
    }

    [Fact]
    public void VerifyingAVolunteer_TakesThemOutOfTheQueue()
    {
        var asked = new List<string>();
        using var context = Create(needs: _ => Json("[]"), volunteers: request =>
        {
            asked.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return request.Method == HttpMethod.Post
                ? Json($$"""{"id":"{{VolunteerId}}","version":2,"skills":[],"hoursPerMonth":12,"workMode":"Hybrid","languages":[],"causes":[],"categories":[],"verified":true,"paused":false}""")
                : Json(Volunteers);
        });
        var page = context.Render<VerificationQueue>();

        page.Find("[data-testid=volunteer-to-verify] button").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=volunteers-empty]").TextContent.ShouldBe("Aucun bénévole n’attend de vérification."));
        asked.ShouldBe(["GET /volunteers/verification-queue", $"POST /volunteers/{VolunteerId}/verify"]);
        page.Find("[data-testid=queue-message]").TextContent.ShouldContain("Noé Bernard est vérifié·e");
        page.Find("[data-testid=associations-empty]").TextContent.ShouldBe("Aucune association n’attend de vérification.");
    }

    [Fact]
    public void VolunteersServiceDown_TheAssociationsQueueStillWorks_InEnglish()
    {
        using var context = Create(needs: _ => Json(Queue), volunteers: _ => throw new HttpRequestException("connection refused"), culture: "en-GB");

        var page = context.Render<VerificationQueue>();

        page.Find("h1").TextContent.ShouldBe("Verifications");
        page.Find("[data-testid=associations-count]").TextContent.Trim().ShouldBe("Associations to verify (2)");
        page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("The volunteers service is not answering");
        page.FindAll("[data-testid=association-to-review]")[0].QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldBe(["Verify", "Reject"]);
    }

    [Theory]
    [InlineData(typeof(VerificationQueue))]
    [InlineData(typeof(Rounds))]
    [InlineData(typeof(RoundPage))]
    public void CoordinatorPages_RequireTheCoordinatorRole(Type page)
    {
        var authorize = page.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), inherit: true)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().ShouldHaveSingleItem();
        authorize.Roles.ShouldBe("coordinator");
    }
}
