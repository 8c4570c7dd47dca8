namespace ShareAlliance.Contracts.Identity;

/// <summary>A person deleted their account: every service erases or masks what it holds about that user.</summary>
/// <param name="UserId">The deleted user's id (the <c>sub</c> claim of their access tokens).</param>
/// <param name="DeletedAt">When the account was deleted.</param>
public sealed record UserDeleted(Guid UserId, DateTimeOffset DeletedAt);
