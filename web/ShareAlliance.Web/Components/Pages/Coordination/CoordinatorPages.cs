namespace ShareAlliance.Web.Components.Pages.Coordination;

/// <summary>The coordinator's pages: the role they require (the identity service's <c>coordinator</c>) and their addresses.</summary>
public static class CoordinatorPages
{
    public const string Role = "coordinator";

    public const string VerificationPath = "coordination/verification";

    public const string RoundsPath = "coordination/rounds";

    public static string RoundPath(Guid id) => $"{RoundsPath}/{id}";
}
