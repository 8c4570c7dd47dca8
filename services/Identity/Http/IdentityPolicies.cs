namespace ShareAlliance.Identity.Http;

public static class IdentityPolicies
{
    /// <summary>An access token issued by this service (OpenIddict validation), never the session cookie.</summary>
    public const string AccessToken = "access-token";
}
