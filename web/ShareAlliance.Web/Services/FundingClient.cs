namespace ShareAlliance.Web.Services;

/// <summary>The funding service's API (funders, offers, pledges), called with the signed-in person's token.</summary>
public sealed class FundingClient(HttpClient http) : ApiClient(http, "funding");
