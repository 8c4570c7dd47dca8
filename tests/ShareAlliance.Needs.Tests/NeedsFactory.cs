using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests;

public sealed class NeedsFactory() : ServiceFactory<Program>("needs");
