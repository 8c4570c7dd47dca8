namespace ShareAlliance.Web.Services;

/// <summary>The volunteers service's API (profiles, skills, employers), called with the signed-in person's token.</summary>
public sealed class VolunteersClient(HttpClient http) : ApiClient(http, "volunteers");
