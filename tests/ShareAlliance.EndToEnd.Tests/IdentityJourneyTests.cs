using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>A person's account across services: signed in at identity, recognised by needs, erased everywhere on request.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class IdentityJourneyTests(Platform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewUser_RegistersConfirmsSignsInAndCallsAnotherService()
    {
        var (_, _, token) = await platform.Accounts.SignedInAsync("association_member", Ct);

        using var needs = Platform.With(platform.Needs, token);
        var response = await needs.PostAsJsonAsync("/associations", new
        {
            name = "Jardins partagés de Lyon",
            rna = "W691000001",
            departement = "69",
            city = "Lyon",
            size = "NoStaff",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        (await platform.Needs.CreateClient().PostAsJsonAsync("/associations", new { name = "Sans jeton" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteMe_ErasesThePersonAndTellsEveryServiceOverTheBroker()
    {
        var (userId, email, token) = await platform.Accounts.SignedInAsync("volunteer", Ct);
        using var identity = Platform.With(platform.Identity, token);
        var export = await identity.GetStringAsync("/me/export", Ct);
        export.ShouldContain(email, customMessage: "the export holds what Identity knows of the person");

        var deleted = new TaskCompletionSource<Contracts.Identity.UserDeleted>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = await DeliveryGuaranteeTests.StartBus(cfg => cfg.ReceiveEndpoint($"e2e-user-deleted-{Guid.NewGuid():N}", e =>
        {
            e.AutoDelete = true;
            e.Durable = false;
            e.Handler<Contracts.Identity.UserDeleted>(ctx =>
            {
                if (ctx.Message.UserId == userId)
                {
                    deleted.TrySetResult(ctx.Message);
                }

                return Task.CompletedTask;
            });
        }));
        try
        {
            (await identity.DeleteAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

            (await deleted.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct)).UserId.ShouldBe(userId);
        }
        finally
        {
            await bus.StopAsync(Ct);
        }

        var login = await platform.Identity.CreateClient().PostAsJsonAsync("/account/login", new { email, password = IdentityAccounts.Password }, Ct);
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the account and its details are gone");
    }
}
