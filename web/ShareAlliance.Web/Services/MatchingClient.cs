namespace ShareAlliance.Web.Services;

/// <summary>The matching service's API (proposals, matches, rounds), called with the signed-in person's token.</summary>
public sealed class MatchingClient(HttpClient http) : ApiClient(http, "matching");
