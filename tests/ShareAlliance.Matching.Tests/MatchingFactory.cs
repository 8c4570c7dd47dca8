using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests;

public sealed class MatchingFactory() : ServiceFactory<Program>("matching");
