namespace ShareAlliance.ServiceDefaults.Problems;

/// <summary>The client's If-Match version is not the stored one: answered as 412.</summary>
public sealed class StaleVersionException(long expected, long actual)
    : Exception($"Expected version {expected}, the resource is at version {actual}.");
