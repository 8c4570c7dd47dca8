using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Account;

/// <summary>
/// The account page's two actions that are not pages: the export (a file download) and the deletion (then the session
/// ends). Plain requests, so the browser downloads and navigates as usual; the person's token is taken from the request.
/// </summary>
public static class AccountEndpoints
{
    public const string ExportPath = "/account/export";
    public const string DeletePath = "/account/delete";
    public const string DeletedPath = "/account-deleted";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, async Task<IResult> (IdentityClient identity, CancellationToken ct) =>
            {
                try
                {
                    return await identity.ExportMeAsync(ct) is { } export
                        ? TypedResults.File(export.Content, "application/json", export.FileName)
                        : TypedResults.Redirect("/account?problem=export");
                }
                catch (ServiceUnavailableException)
                {
                    return TypedResults.Redirect("/account?problem=unavailable");
                }
            })
            .RequireAuthorization();

        app.MapPost(DeletePath, async Task<IResult> (HttpContext http, IAntiforgery antiforgery, IdentityClient identity, CancellationToken ct) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return TypedResults.BadRequest();
                }

                var form = await http.Request.ReadFormAsync(ct);
                if (form["confirm"] != "yes")
                {
                    return TypedResults.Redirect("/account?problem=unconfirmed#delete-confirm");
                }

                try
                {
                    if (!await identity.DeleteMeAsync(ct))
                    {
                        return TypedResults.Redirect("/account?problem=delete");
                    }
                }
                catch (ServiceUnavailableException)
                {
                    return TypedResults.Redirect("/account?problem=unavailable");
                }

                // The account is gone: Identity's session gives nothing any more, so only this site's session has to end.
                return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = DeletedPath }, [CookieAuthenticationDefaults.AuthenticationScheme]);
            })
            .RequireAuthorization();
    }
}
