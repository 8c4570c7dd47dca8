using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Identity.Http;

/// <summary>Identity's own refusals, as problem details with a machine-readable type.</summary>
public static class IdentityProblems
{
    public const string LoginRequiredType = ProblemTypes.Base + "login-required";

    // One answer for a wrong password, an unknown e-mail and a locked account: none of them tells which accounts exist.
    public static ProblemHttpResult LoginRefused() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        type: ProblemTypes.Base + "login-refused",
        title: "Wrong e-mail or password.",
        detail: "After 5 failed attempts an account is locked for 15 minutes; a password reset unlocks it.");

    // Only said to someone who gave the right password, so it reveals nothing to a guesser.
    public static ProblemHttpResult EmailNotConfirmed() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        type: ProblemTypes.Base + "email-not-confirmed",
        title: "Confirm your e-mail address first.",
        detail: "Follow the link in the confirmation message; POST /account/forgot-password sends a new one.");

    public static ProblemHttpResult NotAllowed(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        type: ProblemTypes.Base + "forbidden",
        title: "You may not do this.",
        detail: detail);

    public static ProblemHttpResult UserTokenRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        type: ProblemTypes.Base + "user-token-required",
        title: "This needs a person's access token.",
        detail: "A client-credentials token acts for an application, which has no account.");

    public static ProblemHttpResult AccountNotFound(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemTypes.NotFound,
        title: "No such account.",
        detail: detail);
}
