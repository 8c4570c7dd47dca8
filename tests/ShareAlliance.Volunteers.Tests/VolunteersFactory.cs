using ShareAlliance.Testing;

namespace ShareAlliance.Volunteers.Tests;

public sealed class VolunteersFactory() : ServiceFactory<Program>("volunteers");
