namespace ShareAlliance.ServiceDefaults.Problems;

/// <summary>The resource does not exist, or is not the caller's to see (no existence leak): answered as 404.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
