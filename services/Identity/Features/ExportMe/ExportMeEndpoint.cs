using System.Security.Claims;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.ExportMe;

public static class ExportMeEndpoint
{
    // Read by a person as much as by a program.
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapExportMe(this IEndpointRouteBuilder app) =>
        app.MapGet("/me/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (Caller.From(principal).UserId is not { } userId)
                {
                    return IdentityProblems.UserTokenRequired();
                }

                if (await sender.Send(new ExportMeQuery(userId), ct) is not { } export)
                {
                    return IdentityProblems.AccountNotFound("The account of this token no longer exists.");
                }

                var body = JsonSerializer.SerializeToUtf8Bytes(export, Indented);
                // A file to keep: the browser saves it rather than showing it.
                return TypedResults.File(body, "application/json", $"sharealliance-identity-{userId}.json");
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("ExportMe")
            .WithSummary("Download everything Identity holds about the caller, as a JSON file.")
            .WithTags("Me");
}
