using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace ShareAlliance.Identity.Http;

/// <summary>ASP.NET Core Identity reports failures by code; clients need the field each one is about (a 400 naming it).</summary>
public static class IdentityErrors
{
    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "password")
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code, passwordField), e.Description)));
        }
    }

    /// <summary>A 400 on one field, for refusals Identity does not phrase itself (an unknown user behind a token).</summary>
    public static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        nameof(IdentityErrorDescriber.InvalidToken) => "token",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail)
            or nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => "email",
        _ => "body",
    };
}
